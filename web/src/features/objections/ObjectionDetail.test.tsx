import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { reviewApi } from '../../api/client';
import { ObjectionDetail } from './ObjectionDetail';
import type { Objection } from './objectionModel';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  reviewApi: { GET: vi.fn(), POST: vi.fn() },
}));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'reviewer-ganjingzi', name: '赵敏', roles: ['DISTRICT_REVIEWER'], district: '210211' }),
}));

const RECEIVED: Objection = {
  id: '0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f',
  receiptNumber: 'YY20261202483920',
  caseId: '7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081',
  brandName: '大连甘井子金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  objectorName: '王**',
  contact: '139****8765',
  contactKind: 'MOBILE',
  content: '该单位2025年拖欠多名家政服务人员工资达三个月，劳动监察部门已责令整改，尚未全部支付到位。',
  status: 'RECEIVED',
  statusLabel: '已受理',
  lodgedAt: '2026-12-02T06:30:00Z',
  notes: [],
};

function ok(data: unknown) {
  return { data, response: new Response(null, { status: 200 }) } as never;
}

function renderDetail() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[`/objections/${RECEIVED.id}`]}>
        <App><Routes><Route path="/objections/:id" element={<ObjectionDetail />} /></Routes></App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the district works on an objection', () => {
  beforeEach(() => {
    vi.mocked(reviewApi.GET).mockImplementation(((path: string) => Promise.resolve(path === '/api/reviews/objections/{id}'
      ? ok(RECEIVED)
      : ok({ id: RECEIVED.caseId, districtDecision: { districtLevelSelected: true, cityRecommended: false } }))) as never);
  });
  afterEach(() => vi.clearAllMocks());

  it('given an objection, then the person who objected is shown masked, with the facts', async () => {
    renderDetail();

    expect(await screen.findByText('王**')).toBeInTheDocument();
    expect(screen.getByText('139****8765')).toBeInTheDocument();
    expect(screen.getByText(RECEIVED.content!)).toBeInTheDocument();
    expect(screen.getByText('尚未记录调查核实情况。')).toBeInTheDocument();
  });

  it('given a brand not recommended for the city, when dismissed with a finding, then the service is asked to resolve it', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue(ok({ ...RECEIVED, status: 'RESOLVED' }));
    renderDetail();
    const resolution = (await screen.findByText('办结异议')).closest('.ant-card') as HTMLElement;
    await waitFor(() => expect(within(resolution).queryByLabelText('异议成立，撤回市级推荐')).not.toBeInTheDocument());

    await userEvent.click(within(resolution).getByLabelText('异议不成立'));
    expect(within(resolution).getByText(/评审继续/)).toBeInTheDocument();
    await userEvent.type(within(resolution).getByLabelText('调查核实结论'), '不成立');
    await userEvent.click(within(resolution).getByRole('button', { name: /^办\s?结$/ }));
    expect(await within(resolution).findByText('请写明调查核实结论（至少 10 个字，一句完整的话）')).toBeInTheDocument();
    expect(reviewApi.POST).not.toHaveBeenCalled();

    await userEvent.type(within(resolution).getByLabelText('调查核实结论'), '：经实地核查，欠薪问题已处理完毕。');
    await userEvent.click(within(resolution).getByRole('button', { name: /^办\s?结$/ }));
    await waitFor(() => expect(reviewApi.POST).toHaveBeenCalledWith('/api/reviews/objections/{id}/resolution', {
      params: { path: { id: RECEIVED.id } },
      body: { outcome: 'DISMISSED', finding: '不成立：经实地核查，欠薪问题已处理完毕。' },
    }));
  });
});
