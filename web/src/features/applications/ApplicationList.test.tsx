import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCurrentCampaign } from '../../shared/campaign';
import { useOwnProfile } from '../../shared/profile';
import { ApplicationList } from './ApplicationList';

vi.mock('../../shared/profile', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../shared/profile')>()),
  useOwnProfile: vi.fn(),
}));
vi.mock('../../shared/campaign', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../shared/campaign')>()),
  useCurrentCampaign: vi.fn(),
}));
vi.mock('../../shared/PagedTable', () => ({ PagedTable: () => null }));

function renderList() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter><App><ApplicationList /></App></MemoryRouter>
    </QueryClientProvider>,
  );
}

const OPEN = { code: '2026', title: '劳务品牌申报认定', opensOn: '2026-10-31', applicationDeadline: '2028-11-29', open: true };

describe('我的申报', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a unit without a profile, when the list opens, then it asks for the profile first and no application can be started', () => {
    vi.mocked(useOwnProfile).mockReturnValue({ data: null, error: null } as never);
    vi.mocked(useCurrentCampaign).mockReturnValue({ data: OPEN } as never);
    renderList();
    expect(screen.getByText('请先填写单位档案')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '前往填写单位档案' })).toHaveAttribute('href', '/organisation');
    expect(screen.getByRole('button', { name: /新建申报/ })).toBeDisabled();
  });

  it('given a unit with a profile and an open campaign, when the list opens, then an application can be started within the window', () => {
    vi.mocked(useOwnProfile).mockReturnValue({ data: { legalName: '大连金港人力资源服务有限公司', missingDeclarations: [] }, error: null } as never);
    vi.mocked(useCurrentCampaign).mockReturnValue({ data: OPEN } as never);
    renderList();
    expect(screen.queryByText('请先填写单位档案')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建申报/ })).toBeEnabled();
    expect(screen.getByText('劳务品牌申报认定：申报时间 2026年10月31日 至 2028年11月29日')).toBeInTheDocument();
  });

  it('given declarations still to make or a closed campaign, when the list opens, then it says so', () => {
    vi.mocked(useOwnProfile).mockReturnValue({ data: { missingDeclarations: ['LAWFUL_OPERATION'] }, error: null } as never);
    vi.mocked(useCurrentCampaign).mockReturnValue({
      data: { ...OPEN, open: false, closedReason: '2022年度劳务品牌申报认定的申报时间为2022年11月10日至2022年11月22日，已于2022年11月22日截止。' },
    } as never);
    renderList();
    expect(screen.getByText('单位档案中尚有承诺事项未确认')).toBeInTheDocument();
    expect(screen.getByText(/已于2022年11月22日截止/)).toBeInTheDocument();
  });
});
