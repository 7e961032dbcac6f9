import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { ProblemError } from '../../api/problem';
import { downloadFile } from '../../shared/transfer';
import { DisbursementDownload, PaymentListButtons } from './SubsidyExports';
import { currentYear } from './subsidyExports';

vi.mock('../../shared/transfer', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../shared/transfer')>()),
  downloadFile: vi.fn(),
}));

const BATCH = '4a7e0c1d-2b3f-4a5b-8c6d-7e8f9a0b1c2d';

describe('the finance desk\'s documents', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a batch, when its payment list is exported, then the sheet and the PDF download with the session\'s token', async () => {
    vi.mocked(downloadFile).mockResolvedValue();
    render(<App><PaymentListButtons batchId={BATCH} /></App>);

    await userEvent.click(screen.getByRole('button', { name: /导出支付清单 XLSX/ }));
    await userEvent.click(screen.getByRole('button', { name: /导出支付清单 PDF/ }));

    expect(downloadFile).toHaveBeenNthCalledWith(1, `/api/subsidies/batches/${BATCH}/export.xlsx`, '支付清单.xlsx');
    expect(downloadFile).toHaveBeenNthCalledWith(2, `/api/subsidies/batches/${BATCH}/export.pdf`, '支付清单.pdf');
  });

  it('given a year, when its disbursement statement is downloaded, then that year\'s statement comes', async () => {
    vi.mocked(downloadFile).mockResolvedValue();
    render(<App><DisbursementDownload /></App>);

    const year = screen.getByLabelText('年度拨付明细表');
    expect(year).toHaveValue(String(currentYear()));
    await userEvent.clear(year);
    await userEvent.type(year, '2026');
    await userEvent.click(screen.getByRole('button', { name: /下载 PDF/ }));

    expect(downloadFile).toHaveBeenCalledWith('/api/subsidies/reports/2026/disbursements.pdf', '奖补资金拨付明细表-2026年度.pdf');
  });

  it('given a refusal, then its Chinese detail is shown', async () => {
    vi.mocked(downloadFile).mockRejectedValue(new ProblemError({ status: 503, detail: '暂时无法读取平台的支付记录，请稍后再试。' }, 503));
    render(<App><DisbursementDownload /></App>);

    await userEvent.click(screen.getByRole('button', { name: /下载 XLSX/ }));

    expect(await screen.findByText('暂时无法读取平台的支付记录，请稍后再试。')).toBeInTheDocument();
  });

  it('the budget year is this year in Beijing, also on New Year\'s Eve in UTC', () => {
    expect(currentYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
    expect(currentYear(new Date('2026-12-31T15:30:00Z'))).toBe(2026);
  });
});
