import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { submitYearlyReport, type YearlyReport } from './resourcesApi';
import { YearlyReportForm } from './YearlyReportForm';

vi.mock('./resourcesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./resourcesApi')>()),
  submitYearlyReport: vi.fn(),
}));

const BRAND = '6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01';

const RETURNED: YearlyReport = {
  brandId: BRAND, year: 2023, status: 'RETURNED', statusLabel: '已退回', round: 1, certificateNumber: 'DL-LB-2022-CITY-0001',
  brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司', district: '210211', employmentScale: 1320,
  marketSharePercent: 12.5, economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500, regionsServed: ['大连市', '沈阳市'],
  narrative: '2023 年开展母婴护理培训 12 期。', roster: null, submittedBy: 'applicant-a', submittedAt: '2024-02-01T02:00:00Z',
  reviewedBy: 'reviewer-ganjingzi', reviewedAt: '2024-02-05T02:00:00Z', reviewNote: '经济效益与财务报表不一致，请核对。',
};

function renderForm(openYears: number[], reports: YearlyReport[] = []) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <App><YearlyReportForm brandId={BRAND} openYears={openYears} reports={reports} /></App>
    </QueryClientProvider>,
  );
}

async function chooseYear(label: string) {
  await userEvent.click(screen.getByRole('combobox', { name: '报告年度' }));
  await userEvent.click(await screen.findByTitle(label));
}

describe('the yearly report form', () => {
  afterEach(() => vi.clearAllMocks());

  it('given no year left to report, then it says so and offers no form', () => {
    renderForm([]);

    expect(screen.getByText(/暂无可报告的年度/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交年度报告' })).not.toBeInTheDocument();
  });

  it('given a market share above 100 and no region, when submitted, then both are explained and nothing is sent', async () => {
    renderForm([2024]);
    await chooseYear('2024 年度');
    await userEvent.type(screen.getByLabelText('就业规模（人）'), '1320');
    await userEvent.type(screen.getByLabelText('市场占有率（%）'), '120');
    await userEvent.type(screen.getByLabelText('经济效益（万元）'), '3860');
    await userEvent.type(screen.getByLabelText('培训能力（人/年）'), '1500');
    await userEvent.type(screen.getByLabelText('年度情况说明'), '全年培训 12 期。');
    await userEvent.click(screen.getByRole('button', { name: '提交年度报告' }));

    expect(await screen.findByText('市场占有率应在 0 至 100 之间。')).toBeInTheDocument();
    expect(await screen.findByText('服务地区请填写 1 至 50 个。')).toBeInTheDocument();
    expect(submitYearlyReport).not.toHaveBeenCalled();
  });

  it('given a year the district returned, when chosen, then its note shows and its figures are filled in to be corrected and sent again', async () => {
    vi.mocked(submitYearlyReport).mockResolvedValue({ ...RETURNED, status: 'SUBMITTED', statusLabel: '待审核', round: 2, economicBenefitTenThousandYuan: 3680 });
    renderForm([2023, 2024], [RETURNED]);
    await chooseYear('2023 年度');

    expect(await screen.findByText('经济效益与财务报表不一致，请核对。')).toBeInTheDocument();
    const benefit = screen.getByLabelText('经济效益（万元）');
    await userEvent.clear(benefit);
    await userEvent.type(benefit, '3680');
    await userEvent.click(screen.getByRole('button', { name: '提交年度报告' }));

    await waitFor(() => expect(submitYearlyReport).toHaveBeenCalledWith(BRAND, {
      year: 2023, employmentScale: 1320, marketSharePercent: 12.5, economicBenefitTenThousandYuan: 3680, trainingCapacity: 1500,
      regionsServed: ['大连市', '沈阳市'], narrative: '2023 年开展母婴护理培训 12 期。',
    }));
    expect(await screen.findByText('2023 年度报告已提交，等待区级人社部门审核。')).toBeInTheDocument();
  });

  it('given the service refuses the year as reported already, then its sentence is shown', async () => {
    vi.mocked(submitYearlyReport).mockRejectedValue(new ProblemError({ code: 'YEAR_ALREADY_REPORTED', detail: '2023 年度的年度报告已提交，正在审核，不能重复提交。' }, 409));
    renderForm([2023], [RETURNED]);
    await chooseYear('2023 年度');
    await userEvent.click(await screen.findByRole('button', { name: '提交年度报告' }));

    expect(await screen.findByText('2023 年度的年度报告已提交，正在审核，不能重复提交。')).toBeInTheDocument();
  });
});
