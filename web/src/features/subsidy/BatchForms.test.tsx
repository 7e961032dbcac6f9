import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemError } from '../../api/problem';
import { prepareBatch, returnBatch, type BatchDetail } from './batchApi';
import { PrepareBatchModal, ReturnBatchModal } from './BatchForms';

vi.mock('./batchApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./batchApi')>()),
  prepareBatch: vi.fn(),
  returnBatch: vi.fn(),
}));

/** 大连金港's city subsidy in a batch waiting for approval. */
const BATCH: BatchDetail = {
  id: '7a1d0c55-2f3e-4b6a-8c9d-0e1f2a3b4c5d', year: 2026, purpose: '2026年度劳务品牌一次性奖补资金', status: 'PREPARED', statusLabel: '待审批',
  totalFen: 5_000_000, totalText: '¥50,000.00', preparedBy: 'finance-clerk', preparedAt: '2026-04-01T01:30:00Z',
  paidCount: 0, failedCount: 0, pendingCount: 0,
  lines: [{ entitlementId: 'e1', orgId: '912102440580649631', unitName: '大连金港人力资源服务有限公司', brandName: '大连甘井子金港家政服务师劳务品牌',
    level: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00', payeeAccountName: '大连金港人力资源服务有限公司',
    payeeBankName: '中国工商银行大连甘井子支行', payeeAccountNumber: '3400 **** **** 3456' }],
  trail: [{ action: 'PREPARED', actionLabel: '待审批', actor: 'finance-clerk', role: 'FINANCE_CLERK', at: '2026-04-01T01:30:00Z' }],
};

function wrap(node: ReactNode) {
  render(<QueryClientProvider client={new QueryClient()}><App>{node}</App></QueryClientProvider>);
}

describe('编制支付批次', () => {
  afterEach(() => vi.clearAllMocks());

  it('given the selected entitlements and no purpose, then the batch is prepared for the year with the default purpose left to the service', async () => {
    vi.mocked(prepareBatch).mockResolvedValue(BATCH);
    const onPrepared = vi.fn();
    wrap(<PrepareBatchModal entitlementIds={['e1']} totalFen={5_000_000} onClose={vi.fn()} onPrepared={onPrepared} />);
    const dialog = screen.getByRole('dialog', { name: '编制支付批次' });

    const year = within(dialog).getByLabelText('预算年度');
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    expect(within(dialog).getByLabelText('用途')).toHaveAttribute('placeholder', '2026年度劳务品牌一次性奖补资金');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审核' }));

    await waitFor(() => expect(onPrepared).toHaveBeenCalledWith(BATCH));
    expect(prepareBatch).toHaveBeenCalledWith({ year: 2026, entitlementIds: ['e1'], purpose: undefined });
  });

  it('given an entitlement already in another batch, then the service\'s refusal is shown and the dialog stays open', async () => {
    vi.mocked(prepareBatch).mockRejectedValue(new ProblemError({
      status: 409, code: 'ENTITLEMENT_IN_ANOTHER_BATCH', detail: '所选补贴资格已在其他待审批或已审批的支付批次中。',
    }, 409));
    const onPrepared = vi.fn();
    wrap(<PrepareBatchModal entitlementIds={['e1']} totalFen={5_000_000} onClose={vi.fn()} onPrepared={onPrepared} />);
    const dialog = screen.getByRole('dialog', { name: '编制支付批次' });

    await userEvent.click(within(dialog).getByRole('button', { name: '提交审核' }));

    expect(await within(dialog).findByText('所选补贴资格已在其他待审批或已审批的支付批次中。')).toBeInTheDocument();
    expect(onPrepared).not.toHaveBeenCalled();
  });
});

describe('退回支付批次', () => {
  afterEach(() => vi.clearAllMocks());

  it('given no reason, then it is asked for and nothing is sent', async () => {
    wrap(<ReturnBatchModal batchId={BATCH.id} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: '退回支付批次' });

    await userEvent.type(within(dialog).getByLabelText('退回原因'), '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: '退 回' }));

    expect(await within(dialog).findByText('退回时请写明原因。')).toBeInTheDocument();
    expect(returnBatch).not.toHaveBeenCalled();
  });

  it('given the reason, then the batch is returned with it and the dialog closes', async () => {
    vi.mocked(returnBatch).mockResolvedValue({ ...BATCH, status: 'RETURNED' });
    const onClose = vi.fn();
    wrap(<ReturnBatchModal batchId={BATCH.id} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: '退回支付批次' });

    await userEvent.type(within(dialog).getByLabelText('退回原因'), ' 开户行名称与单位信息不符，请核实 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '退 回' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(returnBatch).toHaveBeenCalledWith(BATCH.id, '开户行名称与单位信息不符，请核实');
  });

  it('given the approver prepared the batch, then the service\'s refusal is shown', async () => {
    vi.mocked(returnBatch).mockRejectedValue(new ProblemError({
      status: 409, code: 'SAME_PERSON', detail: '支付批次不能由经办人本人审批或退回，请由其他财务审批人员办理。',
    }, 409));
    wrap(<ReturnBatchModal batchId={BATCH.id} onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: '退回支付批次' });

    await userEvent.type(within(dialog).getByLabelText('退回原因'), '金额有误');
    await userEvent.click(within(dialog).getByRole('button', { name: '退 回' }));

    expect(await within(dialog).findByText(/不能由经办人本人审批或退回/)).toBeInTheDocument();
  });
});
