import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { reviewYearlyReport, type YearlyReport } from './resourcesApi';
import { ReviewDialog } from './YearlyReportWorklist';

vi.mock('./resourcesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./resourcesApi')>()),
  reviewYearlyReport: vi.fn(),
}));

const REPORT: YearlyReport = {
  brandId: '6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01', year: 2024, status: 'SUBMITTED', statusLabel: '待审核', round: 1,
  certificateNumber: 'DL-LB-2022-CITY-0001', brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司', district: '210211',
  employmentScale: 1320, marketSharePercent: 12.5, economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500, regionsServed: ['大连市', '沈阳市'],
  narrative: '2024 年开展母婴护理培训 12 期。', roster: { listed: 1400, trained: 1310, employed: 1250 }, submittedBy: 'applicant-a',
  submittedAt: '2025-02-01T02:00:00Z',
};

function renderDialog(onClose = vi.fn()) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><ReviewDialog report={REPORT} onClose={onClose} /></App>
    </QueryClientProvider>,
  );
  return onClose;
}

describe('the yearly report review dialog', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a report, then the figures and the roster counts are shown beside the decision', () => {
    renderDialog();

    expect(screen.getByText('在册 1400，培训 1310，就业 1250')).toBeInTheDocument();
    expect(screen.getByText('大连市、沈阳市')).toBeInTheDocument();
  });

  it('given a return without a note, then the reason is asked for and nothing is sent', async () => {
    renderDialog();
    await userEvent.click(screen.getByLabelText('退回修改'));
    await userEvent.click(screen.getByRole('button', { name: '提交审核结果' }));

    expect(await screen.findByText('退回时请写明退回原因')).toBeInTheDocument();
    expect(reviewYearlyReport).not.toHaveBeenCalled();
  });

  it('given an acceptance, then it is sent without a note and the dialog closes', async () => {
    vi.mocked(reviewYearlyReport).mockResolvedValue({ ...REPORT, status: 'ACCEPTED', statusLabel: '已通过' });
    const onClose = renderDialog();
    await userEvent.click(screen.getByLabelText('审核通过'));
    await userEvent.click(screen.getByRole('button', { name: '提交审核结果' }));

    await waitFor(() => expect(reviewYearlyReport).toHaveBeenCalledWith(REPORT.brandId, 2024, { outcome: 'ACCEPT', note: undefined }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
