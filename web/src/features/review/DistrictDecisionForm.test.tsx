import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { reviewApi } from '../../api/client';
import type { CaseDetail } from './caseActions';
import { DistrictDecisionForm } from './DistrictDecisionForm';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  reviewApi: { POST: vi.fn() },
}));

const JINGANG: CaseDetail = {
  id: '87c53acc-cdf2-49b4-9f14-df72ca05c5c9',
  brandName: '大连甘井子金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  district: '210211',
  requestedLevels: ['DISTRICT', 'CITY'],
  stage: 'DISTRICT_REVIEW',
  precheck: { levelsMet: ['DISTRICT', 'CITY'], blocking: false },
};

function renderForm(detail: CaseDetail = JINGANG) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><DistrictDecisionForm detail={detail} /></App>
    </QueryClientProvider>,
  );
}

const group = (name: string) => screen.getByRole('radiogroup', { name });

describe('the district decision form', () => {
  afterEach(() => vi.clearAllMocks());

  it('given the unit is not selected yet, when the form opens, then the city level cannot be recommended', async () => {
    renderForm();
    expect(within(group('推荐申报市级')).getByLabelText('是')).toBeDisabled();
    await userEvent.click(within(group('入选区级劳务品牌')).getByLabelText('是'));
    expect(within(group('推荐申报市级')).getByLabelText('是')).toBeEnabled();
  });

  it('given a blocking risk flag, when the form opens, then the unit cannot be selected', () => {
    renderForm({ ...JINGANG, precheck: { levelsMet: [], blocking: true } });
    expect(within(group('入选区级劳务品牌')).getByLabelText('是')).toBeDisabled();
    expect(screen.getByText(/整改完成前不能入选区级劳务品牌/)).toBeInTheDocument();
  });

  it('given the service refuses the comment, when the decision is sent, then its message shows next to the field', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue({
      error: { status: 400, detail: '提交的数据未通过校验，请按提示修改后重试。', errors: [{ field: 'comment', message: '审核意见不能超过 2000 个字' }] },
      response: new Response(null, { status: 400 }),
    } as never);
    renderForm();
    await userEvent.click(within(group('入选区级劳务品牌')).getByLabelText('是'));
    await userEvent.click(within(group('推荐申报市级')).getByLabelText('是'));
    await userEvent.type(screen.getByLabelText('审核意见'), '材料齐全，实地查验属实，推荐申报市级。');
    await userEvent.click(screen.getByRole('button', { name: '提交初审意见' }));

    await waitFor(() => expect(screen.getByText('审核意见不能超过 2000 个字')).toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent('提交的数据未通过校验');
    expect(reviewApi.POST).toHaveBeenCalledWith('/api/reviews/cases/{id}/district-decision', {
      params: { path: { id: JINGANG.id } },
      body: { districtLevelSelected: true, cityRecommended: true, comment: '材料齐全，实地查验属实，推荐申报市级。' },
    });
  });

  it('given a pre-check that met the district level only, when the city level is recommended, then the form asks why in a sentence', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue({ data: JINGANG, response: new Response(null, { status: 200 }) } as never);
    renderForm({ ...JINGANG, precheck: { levelsMet: ['DISTRICT'], blocking: false } });
    await userEvent.click(within(group('入选区级劳务品牌')).getByLabelText('是'));
    expect(screen.queryByLabelText(/预审标准仍予通过的理由/)).not.toBeInTheDocument();
    await userEvent.click(within(group('推荐申报市级')).getByLabelText('是'));
    await userEvent.type(screen.getByLabelText('未达到市级预审标准仍予通过的理由'), '已核实。');
    await userEvent.type(screen.getByLabelText('审核意见'), '推荐申报市级。');
    await userEvent.click(screen.getByRole('button', { name: '提交初审意见' }));

    expect(await screen.findByText('理由至少 10 个字，请写成一句完整的话')).toBeInTheDocument();
    expect(reviewApi.POST).not.toHaveBeenCalled();
  });

  it('given lost dispute cases in the pre-check, when the unit is selected, then the judgement is asked for', async () => {
    renderForm({
      ...JINGANG,
      precheck: {
        levelsMet: ['DISTRICT', 'CITY'],
        blocking: false,
        result: { riskFlags: [{ code: 'LOST_DISPUTE_CASES', description: '2022 年有 1 件劳动人事争议败诉案件，需评审人员书面研判。', blocking: false }] },
      } as CaseDetail['precheck'],
    });
    expect(screen.queryByLabelText('劳动人事争议败诉案件研判意见')).not.toBeInTheDocument();
    await userEvent.click(within(group('入选区级劳务品牌')).getByLabelText('是'));
    expect(screen.getByLabelText('劳动人事争议败诉案件研判意见')).toBeInTheDocument();
  });

  it('given no pre-check yet, when the form opens, then it says to wait and cannot be sent', () => {
    renderForm({ ...JINGANG, precheck: undefined });
    expect(screen.getByText(/资格预审尚未完成/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '提交初审意见' })).toBeDisabled();
  });
});
