import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { checkPaymentStatus, fetchPayments, type Payment } from './paymentApi';
import { PaymentList } from './PaymentList';

vi.mock('./paymentApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./paymentApi')>()),
  fetchPayments: vi.fn(),
  checkPaymentStatus: vi.fn(),
}));

/** 大连金港's city subsidy, sent twice under one reference while the payment system did not answer. */
const WAITING: Payment = {
  id: 'p1', reference: '9d403f61-8e50-4b12-8d43-5e6f708192a3:1', attempt: 1, entitlementId: '9d403f61-8e50-4b12-8d43-5e6f708192a3',
  batchId: '7a1d0c55-2f3e-4b6a-8c9d-0e1f2a3b4c5d', year: 2026, orgId: '912102440580649631', unitName: '大连金港人力资源服务有限公司',
  brandName: '大连甘井子金港家政服务师劳务品牌', level: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00',
  payeeAccountName: '大连金港人力资源服务有限公司', payeeBankName: '中国工商银行大连星海支行', payeeAccountNumber: '3400 **** **** 2345',
  status: 'QUEUED', statusLabel: '待发送', sendCount: 2, lastError: '无法连接支付系统或应答超时，是否已受理未知，稍后以同一业务参考号重新发送。',
  createdAt: '2026-12-01T02:00:00Z', lastSentAt: '2026-12-01T02:00:05Z',
};

const FAILED: Payment = {
  ...WAITING, id: 'p2', reference: '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3:1', unitName: '大连海湾职业培训学校', status: 'FAILED', statusLabel: '支付失败',
  sendCount: 1, lastError: null, failureCode: 'ACCOUNT_CLOSED', failureReason: '收款账户已销户', completedAt: '2026-12-01T02:05:00Z',
};

function renderList() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><MemoryRouter><PaymentList /></MemoryRouter></App>
    </QueryClientProvider>,
  );
}

describe('支付状态', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows each payment with its status, how often it was sent and why it waits or failed', async () => {
    vi.mocked(fetchPayments).mockResolvedValue({ items: [WAITING, FAILED], next: null, total: 2 });

    renderList();

    const waiting = (await screen.findByText('大连金港人力资源服务有限公司')).closest('tr') as HTMLElement;
    expect(within(waiting).getByText('待发送')).toBeInTheDocument();
    expect(within(waiting).getByText('第 1 次支付，发送 2 次')).toBeInTheDocument();
    expect(within(waiting).getByText(/无法连接支付系统/)).toBeInTheDocument();
    const failed = screen.getByText('大连海湾职业培训学校').closest('tr') as HTMLElement;
    expect(within(failed).getByText('支付失败')).toBeInTheDocument();
    expect(within(failed).getByText('收款账户已销户（ACCOUNT_CLOSED）')).toBeInTheDocument();
    expect(within(failed).queryByRole('button', { name: '查询结果' })).not.toBeInTheDocument();
  });

  it('filters by status', async () => {
    vi.mocked(fetchPayments).mockResolvedValue({ items: [FAILED], next: null, total: 1 });
    renderList();
    await screen.findByText('大连海湾职业培训学校');

    await userEvent.click(screen.getByLabelText('支付状态'));
    await userEvent.click(await screen.findByTitle('支付失败'));

    await waitFor(() => expect(fetchPayments).toHaveBeenLastCalledWith('FAILED', expect.objectContaining({ limit: 20 })));
  });

  it('asks the payment system about a payment under way and shows its answer', async () => {
    vi.mocked(fetchPayments).mockResolvedValue({ items: [WAITING], next: null, total: 1 });
    vi.mocked(checkPaymentStatus).mockResolvedValue({ ...WAITING, status: 'SUCCEEDED', statusLabel: '已到账' });
    renderList();

    await userEvent.click(await screen.findByRole('button', { name: '查询结果' }));

    expect(checkPaymentStatus).toHaveBeenCalledWith('p1');
    expect(await screen.findByText('支付系统答复：已到账')).toBeInTheDocument();
  });
});
