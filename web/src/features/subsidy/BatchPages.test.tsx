import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fetchBatch, fetchBatches, type BatchDetail, type BatchLine } from './batchApi';
import { BatchDetailPage, BatchList } from './BatchPages';

vi.mock('./batchApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./batchApi')>()),
  fetchBatch: vi.fn(),
  fetchBatches: vi.fn(),
}));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'finance-clerk', name: '周芳', roles: ['FINANCE_CLERK'] }),
}));

const LINE: BatchLine = {
  entitlementId: 'e1', orgId: '912102440580649631', unitName: '大连金港人力资源服务有限公司', brandName: '大连甘井子金港家政服务师劳务品牌',
  level: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00', payeeAccountName: '大连金港人力资源服务有限公司',
  payeeBankName: '中国工商银行大连星海支行', payeeAccountNumber: '3400 **** **** 2345',
};

/** An approved 2026 batch: 大连金港's city subsidy paid, 大连海湾's provincial one refused by the bank. */
const APPROVED: BatchDetail = {
  id: '7a1d0c55-2f3e-4b6a-8c9d-0e1f2a3b4c5d', year: 2026, purpose: '2026年度劳务品牌一次性奖补资金', status: 'APPROVED', statusLabel: '已审批',
  totalFen: 15_000_000, totalText: '¥150,000.00', preparedBy: 'finance-clerk', preparedAt: '2026-12-01T01:30:00Z', decidedBy: 'finance-approver',
  decidedAt: '2026-12-01T02:00:00Z', paymentLabel: '部分支付失败', paidCount: 1, failedCount: 1, pendingCount: 0,
  lines: [
    { ...LINE, paymentStatus: 'SUCCEEDED', paymentStatusLabel: '已到账', paymentReference: 'e1:1', bankTransactionId: 'DLBK20261201000123',
      paidAt: '2026-12-01T06:30:05Z' },
    { ...LINE, entitlementId: 'e2', unitName: '大连海湾职业培训学校', brandName: '大连海湾焊工劳务品牌', level: 'PROVINCIAL', levelLabel: '省级',
      amountFen: 10_000_000, amountText: '¥100,000.00', paymentStatus: 'FAILED', paymentStatusLabel: '支付失败', paymentReference: 'e2:1',
      failureReason: '收款账户已销户' },
  ],
  trail: [
    { action: 'PREPARED', actionLabel: '待审批', actor: 'finance-clerk', role: 'FINANCE_CLERK', at: '2026-12-01T01:30:00Z' },
    { action: 'APPROVED', actionLabel: '已审批', actor: 'finance-approver', role: 'FINANCE_APPROVER', at: '2026-12-01T02:00:00Z' },
  ],
};

function renderAt(path: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/subsidies/batches" element={<BatchList />} />
            <Route path="/subsidies/batches/:id" element={<BatchDetailPage />} />
          </Routes>
        </MemoryRouter>
      </App>
    </QueryClientProvider>,
  );
}

describe('支付批次 and its payments', () => {
  afterEach(() => vi.clearAllMocks());

  it('given an approved batch, then each line shows its payment status, the bank\'s transaction id or why it failed', async () => {
    vi.mocked(fetchBatch).mockResolvedValue(APPROVED);

    renderAt(`/subsidies/batches/${APPROVED.id}`);

    // the unit's name is also the payee account's name: the first cell of the row is the unit
    const paid = (await screen.findAllByText('大连金港人力资源服务有限公司', { selector: 'td' }))[0].closest('tr') as HTMLElement;
    expect(within(paid).getByText('已到账')).toBeInTheDocument();
    expect(within(paid).getByText('DLBK20261201000123')).toBeInTheDocument();
    const failed = screen.getByText('大连海湾焊工劳务品牌', { selector: 'td' }).closest('tr') as HTMLElement;
    expect(within(failed).getByText('支付失败')).toBeInTheDocument();
    expect(within(failed).getByText('收款账户已销户')).toBeInTheDocument();
    expect(screen.getByText('部分支付失败')).toBeInTheDocument();
    expect(screen.getByText('已到账 1 笔，失败 1 笔')).toBeInTheDocument();
  });

  it('given a batch not yet approved, then it has no payments to show', async () => {
    vi.mocked(fetchBatch).mockResolvedValue({ ...APPROVED, status: 'PREPARED', statusLabel: '待审批', paymentLabel: null, paidCount: 0,
      failedCount: 0, lines: [LINE], trail: [APPROVED.trail[0]] });

    renderAt(`/subsidies/batches/${APPROVED.id}`);

    const line = (await screen.findAllByText('大连金港人力资源服务有限公司', { selector: 'td' }))[0].closest('tr') as HTMLElement;
    expect(within(line).queryByText('已到账')).not.toBeInTheDocument();
    expect(screen.queryByText(/已到账 \d 笔/)).not.toBeInTheDocument();
  });

  it('given a batch whose payments all arrived, then the list says it is paid', async () => {
    vi.mocked(fetchBatches).mockResolvedValue({
      items: [{ ...APPROVED, lineCount: 2, paymentLabel: '已支付', paidCount: 2, failedCount: 0 }], next: null, total: 1,
    });

    renderAt('/subsidies/batches');

    const row = (await screen.findByText('2026年度劳务品牌一次性奖补资金')).closest('tr') as HTMLElement;
    expect(within(row).getByText('已支付')).toBeInTheDocument();
    expect(within(row).getByText('已到账 2 笔')).toBeInTheDocument();
  });
});
