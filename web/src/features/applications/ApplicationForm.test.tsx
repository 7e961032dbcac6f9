import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { fetchApplication, reviseDraft } from './applicationQueries';
import { ApplicationEditor } from './ApplicationForm';
import type { ApplicationView } from './formModel';

vi.mock('./applicationQueries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./applicationQueries')>()),
  openDraft: vi.fn(),
  reviseDraft: vi.fn(),
  fetchApplication: vi.fn(),
  submitApplication: vi.fn(),
}));

const DRAFT: ApplicationView = {
  id: '5d0f8f7e-4a4b-4c3a-9a55-2f1d8b7c0001',
  version: 2,
  status: 'DRAFT',
  campaign: '2022',
  brandName: '大连甘井子金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  unitType: 'HR_SERVICE_AGENCY',
  requestedLevels: ['DISTRICT', 'CITY'],
  declaredYears: [
    { year: 2021, trainedCount: 1120, trainingPassRatePercent: 86.5, employedCount: 1050, speciallyTrainedSharePercent: 62, lostDisputeCases: 0, unfinishedRectifications: 0 },
    { year: 2022, trainedCount: 1280, trainingPassRatePercent: 88.2, employedCount: 1190, speciallyTrainedSharePercent: 65.4, lostDisputeCases: 0, unfinishedRectifications: 0 },
  ],
};

function renderEditor() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <App>
          <ApplicationEditor campaignYears={[2021, 2022]} draft={DRAFT} onCreated={() => {}} />
        </App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const formItemOf = (input: HTMLElement) => input.closest<HTMLElement>('.ant-form-item')!;

describe('the application form', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows the service\'s field error next to the field, on the step it belongs to', async () => {
    // given the service refuses the 2022 trained count, the second row sent
    vi.mocked(reviseDraft).mockRejectedValue(new ProblemError({
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: '提交的数据未通过校验，请按提示修改后重试。',
      errors: [{ field: 'declaredYears[1].trainedCount', message: '培训人数超出本单位可核实的范围' }],
    }, 400));
    renderEditor();

    // when the person changes the brand name and the draft is saved a second later
    await userEvent.type(screen.getByLabelText('劳务品牌名称'), '一');

    // then the error is shown at 2022's trained count, and the save state says why it was not saved
    const trained2022 = screen.getByLabelText('2022年度 培训人数');
    expect(await within(formItemOf(trained2022)).findByText('培训人数超出本单位可核实的范围', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(trained2022).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('保存失败：提交的数据未通过校验，请按提示修改后重试。');
    expect(reviseDraft).toHaveBeenCalledWith(DRAFT.id, 2, expect.objectContaining({ brandName: '大连甘井子金港家政服务师劳务品牌一' }));
  });

  it('loads the stored draft and says so when it was changed elsewhere', async () => {
    // given another tab saved version 3 in the meantime
    vi.mocked(reviseDraft).mockRejectedValue(new ProblemError({ status: 412, detail: '申报书已被修改' }, 412));
    vi.mocked(fetchApplication).mockResolvedValue({ ...DRAFT, version: 3, unitName: '大连金港人力资源服务集团有限公司' });
    renderEditor();

    // when
    await userEvent.type(screen.getByLabelText('劳务品牌名称'), '一');

    // then
    expect(await screen.findByText('申报书已在其他页面被修改，已载入最新保存的内容，请核对后继续填写。', {}, { timeout: 3000 })).toBeVisible();
    expect(screen.getByLabelText('申报单位名称')).toHaveValue('大连金港人力资源服务集团有限公司');
    expect(screen.getByLabelText('劳务品牌名称')).toHaveValue('大连甘井子金港家政服务师劳务品牌');
  });

  it('checks a figure in Chinese as it is typed', async () => {
    renderEditor();
    const passRate = screen.getByLabelText('2021年度 培训合格率（%）');

    await userEvent.clear(passRate);
    await userEvent.type(passRate, '120');

    await waitFor(() => expect(within(formItemOf(passRate)).getByText('培训合格率应在 0 至 100 之间')).toBeInTheDocument());
  });
});
