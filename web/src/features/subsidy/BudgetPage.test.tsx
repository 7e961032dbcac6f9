import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { allocateBudget, type BudgetView } from './budgetApi';
import { AllocationModal } from './BudgetPage';

vi.mock('./budgetApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./budgetApi')>()),
  allocateBudget: vi.fn(),
}));

/** 大连市 2026 年度就业补助资金 ¥1,000,000, ¥300,000 of it reserved. */
const BUDGET_2026: BudgetView = {
  year: 2026, allocationFen: 100_000_000, allocationText: '¥1,000,000.00', reservedFen: 30_000_000, reservedText: '¥300,000.00',
  paidFen: 0, paidText: '¥0.00', remainingFen: 70_000_000, remainingText: '¥700,000.00', reference: '大财社〔2026〕12号',
  note: null, setBy: 'finance-approver', setAt: '2026-03-02T01:30:00Z',
};

function renderModal(initial: Partial<{ year: number; allocationYuan: number; reference: string }>, onClose = vi.fn()) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><AllocationModal initial={initial} onClose={onClose} /></App>
    </QueryClientProvider>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: '录入年度预算' }) };
}

describe('录入年度预算', () => {
  afterEach(() => vi.clearAllMocks());

  it('given no amount or reference, then both are asked for and nothing is sent', async () => {
    const { dialog } = renderModal({ year: 2026 });

    await userEvent.click(within(dialog).getByRole('button', { name: '保 存' }));

    expect(await within(dialog).findByText('请填写预算额度。')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写资金下达文号。')).toBeInTheDocument();
    expect(allocateBudget).not.toHaveBeenCalled();
  });

  it('given the amount in yuan and the reference, then the allocation is sent in fen and the dialog closes', async () => {
    vi.mocked(allocateBudget).mockResolvedValue(BUDGET_2026);
    const { dialog, onClose } = renderModal({ year: 2026 });

    await userEvent.type(within(dialog).getByLabelText('预算额度（元）'), '1000000');
    await userEvent.type(within(dialog).getByLabelText('资金下达文号'), '大财社〔2026〕12号');
    await userEvent.click(within(dialog).getByRole('button', { name: '保 存' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(allocateBudget).toHaveBeenCalledWith(2026, { allocationFen: 100_000_000, reference: '大财社〔2026〕12号', note: undefined });
  });

  it('given an allocation lowered below what is reserved, then the service\'s refusal is shown and the dialog stays open', async () => {
    vi.mocked(allocateBudget).mockRejectedValue(new ProblemError({
      status: 422, code: 'ALLOCATION_BELOW_COMMITTED', detail: '调整后的预算额度 ¥200,000.00 低于已预留 ¥300,000.00 与已拨付 ¥0.00 之和，不能调减到该额度。',
    }, 422));
    const { dialog, onClose } = renderModal({ year: 2026, allocationYuan: 1_000_000, reference: '大财社〔2026〕12号' });

    const amount = within(dialog).getByLabelText('预算额度（元）');
    await userEvent.clear(amount);
    await userEvent.type(amount, '200000');
    await userEvent.click(within(dialog).getByRole('button', { name: '保 存' }));

    expect(await within(dialog).findByText(/低于已预留 ¥300,000.00/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('预算年度')).toBeDisabled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
