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
});
