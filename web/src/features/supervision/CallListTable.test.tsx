import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { registryApi } from '../../api/client';
import { CallListTable } from './CallListTable';
import type { Call, CallList } from './supervisionApi';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  registryApi: { GET: vi.fn(), POST: vi.fn(), PUT: vi.fn() },
}));

const CALL: Call = {
  position: 1, rosterLine: 7, year: 2022, employer: '大连港集团有限公司', maskedName: '王**', maskedPhone: '139****0007',
  reach: null, reachLabel: null, employment: null, employmentLabel: null, complaint: null, note: null, calledBy: null, calledAt: null, reveals: 0,
};

const CALL_LIST: CallList = {
  brandId: 'brand-1', quarter: '2026-Q4', seed: 'brand-1/2026-Q4', size: 2, rosterSize: 40, sampleMaximum: 30, sampleShare: 0.05,
  drawnBy: 'reviewer-ganjingzi', drawnAt: '2026-11-16T02:00:00Z',
  summary: {
    quarter: '2026-Q4', sampled: 2, pending: 1, reached: 0, unreachable: 1, employmentConfirmed: 0, employmentNotConfirmed: 0, complaints: 0,
    reachRate: 0, confirmationRate: null, complaintRate: null, drawnBy: 'reviewer-ganjingzi', drawnAt: '2026-11-16T02:00:00Z',
  },
  calls: [CALL, { ...CALL, position: 2, rosterLine: 12, maskedName: '李**', maskedPhone: '139****0012', reach: 'UNREACHABLE', reachLabel: '未接通', reveals: 1 }],
};

function renderList(canCall = true) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><CallListTable brandId="brand-1" callList={CALL_LIST} canCall={canCall} /></App>
    </QueryClientProvider>,
  );
}

/** Whether anything was asked of the registry. */
function calledRegistry() {
  return [registryApi.GET, registryApi.POST, registryApi.PUT].some((call) => vi.mocked(call).mock.calls.length > 0);
}

describe('回访名单', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a drawn quarter, then every worker shows masked, with the calls already recorded and the numbers already looked at', () => {
    renderList();
    expect(screen.getByText('139****0007')).toBeInTheDocument();
    expect(screen.getByText('王**')).toBeInTheDocument();
    expect(screen.getByText('139****0012')).toBeInTheDocument();
    expect(screen.getByText('已查看 1 次')).toBeInTheDocument();
    expect(screen.getByText('未接通')).toBeInTheDocument();
    expect(screen.queryByText(/1390411/)).not.toBeInTheDocument();
    expect(calledRegistry()).toBe(false);
  });

  it('given no reason, when 查看号码 is confirmed, then it asks for one and reveals nothing', async () => {
    renderList();
    await userEvent.click(screen.getByRole('button', { name: '查看号码（第 1 位）' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));
    expect(await within(dialog).findByText('请说明查看完整号码的理由')).toBeInTheDocument();
    expect(calledRegistry()).toBe(false);
  });

  it('given a reason, when confirmed, then it sends the reason for that call only and shows that number only', async () => {
    vi.mocked(registryApi.POST).mockResolvedValue({ response: new Response(null, { status: 200 }),
      data: { position: 1, name: '王建华', phone: '13904110007' } } as never);
    renderList();
    await userEvent.click(screen.getByRole('button', { name: '查看号码（第 1 位）' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('查看理由'), ' 本季度电话回访，核实就业情况 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));

    await waitFor(() => expect(within(dialog).getByText('13904110007')).toBeInTheDocument());
    expect(within(dialog).getByText('王建华')).toBeInTheDocument();
    expect(registryApi.POST).toHaveBeenCalledExactlyOnceWith('/api/brands/{id}/callbacks/{quarter}/calls/{position}/reveal', {
      params: { path: { id: 'brand-1', quarter: '2026-Q4', position: 1 } },
      body: { reason: '本季度电话回访，核实就业情况' },
    });
    // the other call stays masked in the list
    expect(screen.getByText('139****0012')).toBeInTheDocument();
  });

  it('given the city, then the list is read only: no number to reveal, no outcome to pick', () => {
    renderList(false);
    expect(screen.queryByRole('button', { name: /查看号码/ })).not.toBeInTheDocument();
    expect(screen.getAllByText('待回访')).toHaveLength(1);
  });
});
