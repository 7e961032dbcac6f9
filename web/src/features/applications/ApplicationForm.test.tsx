import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import type { ProfileView } from '../../shared/profile';
import { fetchApplication, reviseDraft, submitApplication, useNameCheck, useSubmissionChecks } from './applicationQueries';
import { ApplicationEditor } from './ApplicationForm';
import type { ApplicationView } from './formModel';

vi.mock('./applicationQueries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./applicationQueries')>()),
  openDraft: vi.fn(),
  reviseDraft: vi.fn(),
  fetchApplication: vi.fn(),
  submitApplication: vi.fn(),
  resubmitApplication: vi.fn(),
  useNameCheck: vi.fn(() => ({ check: undefined, error: null, checking: false })),
  useSubmissionChecks: vi.fn(() => ({ data: undefined, isFetching: false, error: null, refetch: vi.fn() })),
}));

vi.mock('../../shared/districts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/districts')>();
  const districts = [{ code: '210211', name: '甘井子区', shortName: '甘井子', kind: 'COUNTY' as const, acceptingApplications: true }];
  return { ...original, useDistrictName: () => (code?: string | null) => original.districtNameIn(districts, code) };
});

const DRAFT: ApplicationView = {
  id: '5d0f8f7e-4a4b-4c3a-9a55-2f1d8b7c0001',
  version: 2,
  status: 'DRAFT',
  campaign: '2026',
  district: '210211',
  brandName: '大连甘井子金港家政服务师劳务品牌',
  cityBrandName: '大连金港家政服务师劳务品牌',
  description: '金港家政服务师劳务品牌',
  requestedLevels: ['DISTRICT', 'CITY'],
  declaredYears: [
    { year: 2021, trainedCount: 1120, trainingPassRatePercent: 86.5, employedCount: 1050, speciallyTrainedSharePercent: 62, lostDisputeCases: 0, unfinishedRectifications: 0 },
    { year: 2022, trainedCount: 1280, trainingPassRatePercent: 88.2, employedCount: 1190, speciallyTrainedSharePercent: 65.4, lostDisputeCases: 0, unfinishedRectifications: 0 },
  ],
  labourPractice: {
    contractSigningRatePercent: 100, employmentFilingRatePercent: 100, collectiveContractInForce: true, labourRelationsCoordinators: 2,
    massLabourDisputeOccurred: false,
  },
};

const PROFILE: ProfileView = {
  creditCode: '912102440580649631', legalName: '大连金港人力资源服务有限公司', unitType: 'HR_SERVICE_AGENCY', district: '210211', version: 0,
};

function renderEditor(draft: ApplicationView = DRAFT) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <App>
          <ApplicationEditor campaignYears={[2021, 2022]} draft={draft} profile={PROFILE} onCreated={() => {}} />
        </App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** Goes through the steps to 核对并提交, each saved (as stored: nothing to send). */
async function toLastStep() {
  for (const title of ['培训就业情况', '劳动用工情况', '核对并提交']) {
    await userEvent.click(screen.getByRole('button', { name: '下一步' }));
    await waitFor(() => expect(document.querySelector('.ant-steps-item-active')).toHaveTextContent(title));
  }
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
    vi.mocked(fetchApplication).mockResolvedValue({ ...DRAFT, version: 3, description: '金港家政服务师劳务品牌，创立于 2008 年' });
    renderEditor();

    // when
    await userEvent.type(screen.getByLabelText('劳务品牌名称'), '一');

    // then
    expect(await screen.findByText('申报书已在其他页面被修改，已载入最新保存的内容，请核对后继续填写。', {}, { timeout: 3000 })).toBeVisible();
    expect(screen.getByLabelText('品牌简介')).toHaveValue('金港家政服务师劳务品牌，创立于 2008 年');
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

describe('基本信息 of the application form', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows the unit from its profile, not as fields to type', () => {
    renderEditor();
    expect(screen.getByText('大连金港人力资源服务有限公司')).toBeInTheDocument();
    expect(screen.getByText('人力资源服务机构')).toBeInTheDocument();
    expect(screen.getByText('甘井子区')).toBeInTheDocument();
    expect(screen.queryByLabelText('申报单位名称')).not.toBeInTheDocument();
  });

  it('ticks 区级 with 市级 and asks for the city-level name only then', async () => {
    renderEditor({ ...DRAFT, requestedLevels: ['DISTRICT'], cityBrandName: undefined });
    const levels = screen.getByRole('group', { name: '申报层级' });
    expect(screen.queryByLabelText('市级品牌名称')).not.toBeInTheDocument();

    // when 区级 is unticked and 市级 ticked alone
    await userEvent.click(within(levels).getByLabelText('区级'));
    await userEvent.click(within(levels).getByLabelText('市级'));

    // then both are ticked, it says why, and the city-level name is asked
    expect(within(levels).getByLabelText('区级')).toBeChecked();
    expect(within(levels).getByLabelText('市级')).toBeChecked();
    expect(screen.getByText('申报市级须同时申报区级，已同时勾选区级。')).toBeInTheDocument();
    expect(screen.getByLabelText('市级品牌名称')).toBeInTheDocument();

    // and 区级 cannot be unticked under 市级
    await userEvent.click(within(levels).getByLabelText('区级'));
    expect(within(levels).getByLabelText('区级')).toBeChecked();
    expect(screen.getByText(/市级劳务品牌须在区级基础上申报/, { selector: '.ant-typography' })).toBeInTheDocument();
  });

  it('counts the description as the service does, line breaks not counted', async () => {
    renderEditor({ ...DRAFT, description: undefined });
    await userEvent.type(screen.getByLabelText('品牌简介'), '金港家政{Enter}服务师😀');
    expect(screen.getByText('已输入 8 / 2000 字')).toBeInTheDocument();
  });

  it('shows the naming rule\'s findings under the name, with the pattern expected', () => {
    vi.mocked(useNameCheck).mockImplementation((_name, level) => ({
      checking: false,
      error: null,
      check: level === 'DISTRICT'
        ? {
          level: 'DISTRICT', passed: false, expectedPattern: '大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌',
          parts: [{ kind: 'CITY', text: '大连' }, { kind: 'TRADE_NAME', text: '金港' }],
          findings: [{ code: 'PLACE_MISSING', message: '区级劳务品牌名称应在“大连”之后写明所在区市县或先导区，例如“大连甘井子…”。' }],
        }
        : { level: 'CITY', passed: true, expectedPattern: '大连 + 企业名号 + 行业 + 工种 + 劳务品牌', parts: [{ kind: 'TRADE_NAME', text: '金港' }], findings: [] },
    }));
    renderEditor();
    const brandItem = formItemOf(screen.getByLabelText('劳务品牌名称'));
    expect(within(brandItem).getByText('不符合命名规则')).toBeInTheDocument();
    expect(within(brandItem).getByText(/写明所在区市县或先导区/)).toBeInTheDocument();
    expect(within(brandItem).getByText('命名规则：大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌')).toBeInTheDocument();
    expect(within(brandItem).getByText('企业名号：金港')).toBeInTheDocument();
    expect(within(formItemOf(screen.getByLabelText('市级品牌名称'))).getByText('符合命名规则')).toBeInTheDocument();
  });
});

describe('提交前检查 on the last step', () => {
  afterEach(() => vi.clearAllMocks());

  it('lists what stands in the way by field, keeps 提交申报 off, and leads to the field', async () => {
    vi.mocked(useSubmissionChecks).mockReturnValue({
      data: { ready: false, nameChecks: [], findings: [
        { code: 'DESCRIPTION_MISSING', field: 'description', message: '请填写品牌简介（不超过 2000 字）。' },
        { code: 'YEAR_MISSING', field: 'declaredYears', message: '请填写 2022 年度的培训、就业等数据。' },
      ] },
      isFetching: false, error: null, refetch: vi.fn(),
    } as never);
    renderEditor();
    await toLastStep();

    expect(screen.getByText('尚有 2 项需要处理，处理完成后方可提交。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '品牌简介' })).toHaveTextContent('请填写品牌简介（不超过 2000 字）。');
    expect(screen.getByRole('region', { name: '培训就业情况' })).toHaveTextContent('请填写 2022 年度的培训、就业等数据。');
    expect(screen.getByRole('button', { name: '提交申报' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: '去修改：培训就业情况' }));
    expect(document.querySelector('.ant-steps-item-active')).toHaveTextContent('培训就业情况');
    expect(screen.getByLabelText('2022年度 培训人数')).toBeVisible();
  }, 30_000);

  it('submits once ready, and shows the list a refused submission came back with', async () => {
    vi.mocked(useSubmissionChecks).mockReturnValue({
      data: { ready: true, findings: [], nameChecks: [] }, isFetching: false, error: null, refetch: vi.fn(),
    } as never);
    vi.mocked(submitApplication).mockRejectedValue(new ProblemError({
      status: 422, code: 'APPLICATION_INCOMPLETE', detail: '申报书尚未通过提交前检查，请先处理以下 1 项：…',
      findings: [{ code: 'CAMPAIGN_WINDOW_CLOSED', field: 'campaign', message: '本批次的申报时间已于2026年11月30日截止。' }],
    }, 422));
    renderEditor();
    await toLastStep();
    expect(screen.getByText('已通过全部提交前检查，可以提交。')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '提交申报' }));
    await userEvent.click(await screen.findByRole('button', { name: '确认提交' }));

    await waitFor(() => expect(submitApplication).toHaveBeenCalledWith(DRAFT.id));
    expect(await screen.findByText('提交未成功：申报书尚未通过提交前检查，请先处理以下 1 项。')).toBeInTheDocument();
  }, 30_000);
});

describe('a supplement the district asked for', () => {
  afterEach(() => vi.clearAllMocks());

  const ASKED: ApplicationView = {
    ...DRAFT,
    status: 'SUPPLEMENT_REQUESTED',
    supplement: { parts: ['DECLARED_YEARS'], note: '请核实 2022 年度培训合格率', dueOn: '2022-11-23' },
  };

  it('says what was asked and by when, and opens only the reopened parts', async () => {
    renderEditor(ASKED);
    expect(screen.getByRole('heading', { name: '补充材料' })).toBeInTheDocument();
    expect(screen.getByText('区人社部门要求补充：各年度培训与就业数据（请于 2022年11月23日 前补充）')).toBeInTheDocument();
    expect(screen.getByText('补充说明：请核实 2022 年度培训合格率')).toBeInTheDocument();
    expect(screen.getByLabelText('劳务品牌名称')).toBeDisabled();
    expect(screen.getByLabelText('品牌简介')).toBeDisabled();
    expect(screen.getByLabelText('2022年度 培训合格率（%）')).toBeEnabled();
    expect(screen.getByLabelText('劳动合同签订率（%）')).toBeDisabled();
  });
});
