import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { answerRectification, decideRectification, fetchRectifications, uploadEvidence, type BrandLifecycleView, type RectificationView } from './lifecycleApi';
import { daysLeftText, RectificationTab } from './RectificationPanel';
import { brandRolesOf } from './brandRoles';

vi.mock('./lifecycleApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./lifecycleApi')>()),
  fetchRectifications: vi.fn(),
  uploadEvidence: vi.fn(),
  answerRectification: vi.fn(),
  decideRectification: vi.fn(),
  orderRectification: vi.fn(),
}));

const BRAND_ID = '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61';

/** 大连金港家政服务师劳务品牌's rectification, ordered on 2 November 2026 by the 甘井子 bureau for 5 working days. */
const OPEN: RectificationView = {
  id: '7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01',
  brandId: BRAND_ID,
  certificateNumber: 'DL-LB-2022-CITY-0001',
  brandName: '大连金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  district: '210211',
  reasons: [{ code: 'POOR_TRAINING_QUALITY', label: '培训质量差' }],
  explanation: '第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。',
  orderedOn: '2026-11-02',
  orderedBy: 'reviewer-ganjingzi',
  workingDays: 5,
  deadline: '2026-11-09',
  workingDaysLeft: 3,
  overdue: false,
  answerable: true,
  status: 'OPEN',
  statusLabel: '待整改',
  answers: [],
  uploadedEvidence: [],
  extensions: [],
  decision: null,
};

const ANSWERED: RectificationView = {
  ...OPEN,
  status: 'ANSWERED',
  statusLabel: '待审核',
  answerable: false,
  answers: [{ text: '已更换培训讲师并补充实操课时。', answeredOn: '2026-11-04', evidence: [{ id: 'f1', name: '培训签到表.pdf', contentType: 'application/pdf',
    sizeBytes: 20480, sha256: 'a'.repeat(64), uploadedAt: '2026-11-04T02:00:00Z' }] }],
};

function brandWith(rectification: RectificationView): BrandLifecycleView {
  return {
    id: BRAND_ID, certificateNumber: 'DL-LB-2022-CITY-0001', brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司',
    orgId: '912102440580649631', district: '210211', level: 'CITY', levelLabel: '市级', certifiedOn: '2022-12-20', status: 'RECTIFYING',
    statusLabel: '限期整改', currentRectification: rectification,
  };
}

function renderTab(rectification: RectificationView, who: 'holder' | 'reviewer') {
  vi.mocked(fetchRectifications).mockResolvedValue([rectification]);
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <App><RectificationTab brand={brandWith(rectification)} roles={{ holder: who === 'holder', reviewer: who === 'reviewer', leadingGroup: false }} /></App>
    </QueryClientProvider>,
  );
}

describe('RectificationTab', () => {
  beforeEach(() => vi.clearAllMocks());

  it('lets the holder upload evidence and answer before the deadline', async () => {
    const user = userEvent.setup();
    vi.mocked(uploadEvidence).mockResolvedValue({ id: 'f1', name: '培训签到表.pdf', contentType: 'application/pdf', sizeBytes: 20480,
      sha256: 'a'.repeat(64), uploadedAt: '2026-11-04T02:00:00Z' });
    vi.mocked(answerRectification).mockResolvedValue(ANSWERED);
    const { container } = renderTab(OPEN, 'holder');

    expect(screen.getByText('剩余 3 个工作日')).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: '提交整改答复' });
    expect(submit).toBeDisabled();
    await user.upload(container.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.4'], '培训签到表.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/培训签到表\.pdf/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('整改情况说明'), '已更换培训讲师并补充实操课时。');
    await user.click(submit);

    await waitFor(() => expect(answerRectification).toHaveBeenCalledWith(BRAND_ID, OPEN.id, '已更换培训讲师并补充实操课时。', ['f1']));
  });

  it('tells the holder the deadline passed and offers no answer after it', () => {
    renderTab({ ...OPEN, answerable: false, overdue: true, workingDaysLeft: 0 }, 'holder');

    expect(screen.getByText(/^整改期限已于 .+ 届满，不能再提交整改答复。$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交整改答复' })).not.toBeInTheDocument();
  });

  it('lets the reviewer reject an answer only with a reason', async () => {
    const user = userEvent.setup();
    vi.mocked(decideRectification).mockResolvedValue({ ...ANSWERED, status: 'FAILED', statusLabel: '整改未通过' });
    renderTab(ANSWERED, 'reviewer');

    await user.click(screen.getByRole('button', { name: '审核整改答复' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('不予通过'));
    expect(within(dialog).getByText(/将对该品牌提出退出建议/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '提交审核结果' }));
    expect(await within(dialog).findByText('请写明理由。')).toBeInTheDocument();
    expect(decideRectification).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('不予通过的理由'), '佐证材料不能证明培训质量已改善。');
    await user.click(within(dialog).getByRole('button', { name: '提交审核结果' }));
    await waitFor(() => expect(decideRectification).toHaveBeenCalledWith(BRAND_ID, OPEN.id,
      { outcome: 'REJECT', note: '佐证材料不能证明培训质量已改善。', workingDays: undefined }));
  });
});

describe('daysLeftText', () => {
  it('reads the deadline as a person does', () => {
    expect(daysLeftText({ workingDaysLeft: 3, overdue: false, status: 'OPEN' })).toBe('剩余 3 个工作日');
    expect(daysLeftText({ workingDaysLeft: 0, overdue: false, status: 'OPEN' })).toBe('今天为截止日');
    expect(daysLeftText({ workingDaysLeft: 0, overdue: true, status: 'OPEN' })).toBe('已逾期');
    expect(daysLeftText({ workingDaysLeft: null, overdue: false, status: 'ACCEPTED' })).toBe('—');
  });
});

describe('brandRolesOf', () => {
  const brand = { orgId: '912102440580649631', district: '210211' };
  it('makes the holding unit the holder and the district bureau of the brand or the city the reviewer', () => {
    expect(brandRolesOf({ username: 'applicant-a', name: '王丽', roles: ['APPLICANT'], orgId: '912102440580649631' }, brand).holder).toBe(true);
    expect(brandRolesOf({ username: 'applicant-b', name: '刘强', roles: ['APPLICANT'], orgId: '912102422418131093' }, brand).holder).toBe(false);
    expect(brandRolesOf({ username: 'reviewer-ganjingzi', name: '赵敏', roles: ['DISTRICT_REVIEWER'], district: '210211' }, brand).reviewer).toBe(true);
    expect(brandRolesOf({ username: 'reviewer-jinzhou', name: '孙浩', roles: ['DISTRICT_REVIEWER'], district: '210213' }, brand).reviewer).toBe(false);
    expect(brandRolesOf({ username: 'city-reviewer', name: '陈静', roles: ['CITY_REVIEWER'] }, brand).reviewer).toBe(true);
  });
});
