import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { applicationApi } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { downloadFile } from '../../shared/transfer';
import type { Role } from '../../auth/roles';
import { ExportButtons } from './ExportButtons';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { GET: vi.fn() },
}));

vi.mock('../../shared/transfer', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../shared/transfer')>()),
  downloadFile: vi.fn(),
}));

function answer(data: unknown) {
  return Promise.resolve({ data, response: new Response(null, { status: 200 }) });
}

function renderButtons(roles: Role[]) {
  vi.mocked(applicationApi.GET).mockImplementation(((path: string) => {
    if (path === '/api/public/campaigns/current') return answer({ code: '2022', title: '2022年度劳务品牌申报认定' });
    return answer([
      { code: '210211', name: '甘井子区', kind: 'COUNTY', acceptingApplications: true, sortOrder: 40 },
      { code: '210213', name: '金州区', kind: 'COUNTY', acceptingApplications: true, sortOrder: 60 },
    ]);
  }) as never);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <ExportButtons roles={roles} />
      </App>
    </QueryClientProvider>,
  );
}

describe('the export buttons on the reviewers\' queue', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a district bureau, when it exports its notice list, then the campaign\'s list downloads with the session\'s token', async () => {
    vi.mocked(downloadFile).mockResolvedValue();
    renderButtons(['DISTRICT_REVIEWER']);

    const button = await screen.findByRole('button', { name: /导出公示名单 XLSX/ });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);

    expect(downloadFile).toHaveBeenCalledWith('/api/reviews/exports/notice-list.xlsx?campaign=2022', '公示名单.xlsx');
    expect(screen.queryByRole('button', { name: /核准认定名单/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('地区')).not.toBeInTheDocument();
  });

  it('given the city bureau, then the package waits for a district, and the approval list is there', async () => {
    renderButtons(['CITY_REVIEWER']);

    const packageButton = await screen.findByRole('button', { name: /导出报送市级材料包/ });
    await screen.findByText('导出（2022年度劳务品牌申报认定）');
    expect(packageButton).toBeDisabled();
    expect(screen.getByRole('button', { name: /导出核准认定名单 PDF/ })).toBeEnabled();
  });

  it('when a download is refused, then the problem\'s Chinese detail is shown', async () => {
    vi.mocked(downloadFile).mockRejectedValue(new ProblemError({ status: 404, code: 'NOTHING_TO_PACKAGE',
      detail: '该地区本批次暂无公示中或已报送市级的申报，没有可报送的材料。' } as never, 404));
    renderButtons(['DISTRICT_REVIEWER']);

    const button = await screen.findByRole('button', { name: /导出报送市级材料包/ });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);

    expect(await screen.findByText('该地区本批次暂无公示中或已报送市级的申报，没有可报送的材料。')).toBeInTheDocument();
  });
});
