import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { applicationApi } from '../../api/client';
import { fetchWorklist, type RectificationView } from './lifecycleApi';
import { RectificationWorklist } from './RectificationWorklist';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { GET: vi.fn() },
}));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'reviewer-ganjingzi', name: '赵敏', roles: ['DISTRICT_REVIEWER'], district: '210211' }),
}));

vi.mock('./lifecycleApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./lifecycleApi')>()),
  fetchWorklist: vi.fn(),
}));

/** 大连金港家政服务师劳务品牌, told on 2 November 2026 to rectify within 5 working days. */
const JINGANG: RectificationView = {
  id: '7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01',
  brandId: '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61',
  certificateNumber: 'DL-LB-2022-CITY-0001',
  brandName: '大连金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  district: '210211',
  reasons: [{ code: 'POOR_TRAINING_QUALITY', label: '培训质量差' }, { code: 'TOO_FEW_WORKERS', label: '务工人员数量过少' }],
  explanation: '第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。',
  orderedOn: '2026-11-02',
  orderedBy: 'reviewer-ganjingzi',
  workingDays: 5,
  deadline: '2026-11-09',
  workingDaysLeft: 3,
  overdue: false,
  answerable: true,
  status: 'OPEN',
  statusLabel: '待整改',
  answers: [],
  uploadedEvidence: [],
  extensions: [],
};

/** 大连甘井子海员劳务品牌: answered, awaiting the bureau's review after its deadline passed. */
const SEAFARERS: RectificationView = {
  ...JINGANG,
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  brandId: '5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f',
  certificateNumber: 'DL-LB-2023-DIST-0007',
  brandName: '大连甘井子海员劳务品牌',
  unitName: '大连远航船员服务有限公司',
  reasons: [{ code: 'LOW_RECOGNITION', label: '认可度不高' }],
  deadline: '2026-11-04',
  workingDaysLeft: 0,
  answerable: false,
  status: 'ANSWERED',
  statusLabel: '待审核',
};

function renderWorklist() {
  vi.mocked(applicationApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }),
    data: [{ code: '210211', name: '甘井子区', kind: 'COUNTY' }] } as never);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter><App><RectificationWorklist /></App></MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('整改督办', () => {
  afterEach(() => vi.clearAllMocks());

  it('given the district\'s running rectifications, then each shows its brand, reasons, deadline, time left and status', async () => {
    vi.mocked(fetchWorklist).mockResolvedValue({ items: [SEAFARERS, JINGANG], total: 2 });
    renderWorklist();

    const jingang = (await screen.findByRole('link', { name: '大连金港家政服务师劳务品牌' })).closest('tr') as HTMLElement;
    expect(screen.getByRole('link', { name: '大连金港家政服务师劳务品牌' })).toHaveAttribute('href', `/brands/${JINGANG.brandId}`);
    expect(within(jingang).getByText('培训质量差')).toBeInTheDocument();
    expect(within(jingang).getByText('务工人员数量过少')).toBeInTheDocument();
    expect(within(jingang).getByText('2026年11月9日')).toBeInTheDocument();
    expect(within(jingang).getByText('剩余 3 个工作日')).toBeInTheDocument();
    expect(within(jingang).getByText('待整改')).toBeInTheDocument();
    const seafarers = screen.getByRole('link', { name: '大连甘井子海员劳务品牌' }).closest('tr') as HTMLElement;
    expect(within(seafarers).getAllByText('待审核')).toHaveLength(2);
    expect(await screen.findByText(/^甘井子区进行中的限期整改/)).toBeInTheDocument();
    expect(fetchWorklist).toHaveBeenCalledWith({ status: undefined }, { limit: 20, cursor: undefined });
  });

  it('given an overdue rectification, then it reads 已逾期', async () => {
    vi.mocked(fetchWorklist).mockResolvedValue({ items: [{ ...JINGANG, workingDaysLeft: 0, overdue: true }], total: 1 });
    renderWorklist();

    expect(await screen.findByText('已逾期')).toBeInTheDocument();
  });

  it('given 待审核 chosen, then only the answered ones are asked for', async () => {
    vi.mocked(fetchWorklist).mockResolvedValue({ items: [], total: 0 });
    renderWorklist();
    expect(await screen.findByText('暂无进行中的整改')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: '整改状态' }));
    await userEvent.click(await screen.findByTitle('待审核'));

    await waitFor(() => expect(fetchWorklist).toHaveBeenLastCalledWith({ status: 'ANSWERED' }, { limit: 20, cursor: undefined }));
  });
});
