import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { reviewApi } from '../../api/client';
import { ObjectionDialog } from './ObjectionDialog';
import type { ListedBrand, PublicNotice } from './objectionModel';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  reviewApi: { GET: vi.fn(), POST: vi.fn() },
}));

const BRAND: ListedBrand = {
  id: '5d0c9b8a-7f6e-4d5c-8b4a-3f2e1d0c9b8a',
  position: 1,
  brandName: '大连甘井子金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  district: '210211',
  levels: ['DISTRICT', 'CITY'],
};

const NOTICE: PublicNotice = {
  id: '1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b',
  district: '210211',
  title: '大连市甘井子区2026年度劳务品牌拟认定名单公示',
  body: '……',
  issuer: '大连市甘井子区人力资源和社会保障局',
  startsOn: '2026-12-01',
  endsOn: '2026-12-07',
  entries: [BRAND],
};

const FACTS = '该单位2025年拖欠多名家政服务人员工资达三个月，劳动监察部门已责令整改，尚未全部支付到位。';

function ok(data: unknown, status = 200) {
  return { data, response: new Response(null, { status }) } as never;
}

function renderDialog() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter><App><ObjectionDialog notice={NOTICE} brand={BRAND} onClose={vi.fn()} /></App></MemoryRouter>
    </QueryClientProvider>,
  );
}

async function fillIn(dialog: HTMLElement, content = FACTS) {
  await userEvent.type(within(dialog).getByLabelText('姓名'), '王建国');
  await userEvent.type(within(dialog).getByLabelText('联系方式'), '139 0411 8765');
  await userEvent.type(within(dialog).getByLabelText('异议内容'), content);
  await userEvent.type(within(dialog).getByLabelText(/验证题/), '12');
}

describe('objecting to a brand on a notice', () => {
  beforeEach(() => {
    vi.mocked(reviewApi.GET).mockResolvedValue(ok({ question: '7 加 5 等于几？', token: 'signed-token', expiresAt: '2026-12-02T06:10:00Z' }));
  });
  afterEach(() => vi.clearAllMocks());

  it('given too little said and a bad contact, when sent, then the fields say why and nothing is sent', async () => {
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(/7 加 5 等于几？/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('联系方式'), '0411-84567890');
    await userEvent.type(within(dialog).getByLabelText('异议内容'), '该单位有问题。');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交异议' }));

    expect(await within(dialog).findByText('请填写真实姓名')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写11位手机号码或有效的电子邮箱')).toBeInTheDocument();
    expect(within(dialog).getByText(/现为 7 个字/)).toBeInTheDocument();
    expect(reviewApi.POST).not.toHaveBeenCalled();
  });

  it('given a real-name objection with the answer, when sent, then the receipt number and query code are shown', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue(ok({ receiptNumber: 'YY20261202483920', queryCode: 'K7P3X9QF', brandName: BRAND.brandName }, 201));
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/7 加 5 等于几？/);
    await fillIn(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交异议' }));

    await waitFor(() => expect(reviewApi.POST).toHaveBeenCalledWith('/api/public/notices/{noticeId}/objections', {
      params: { path: { noticeId: NOTICE.id } },
      body: { entryId: BRAND.id, name: '王建国', contact: '139 0411 8765', content: FACTS, challengeToken: 'signed-token', challengeAnswer: '12' },
    }));
    expect(await within(dialog).findByText('异议已受理')).toBeInTheDocument();
    expect(within(dialog).getByText('YY20261202483920')).toBeInTheDocument();
    expect(within(dialog).getByText('K7P3X9QF')).toBeInTheDocument();
  });

  it('given a wrong answer, when refused, then the refusal is shown and a new question is asked', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue({
      error: { code: 'CHALLENGE_FAILED', detail: '验证题回答不正确，请重新作答。' }, response: new Response(null, { status: 422 }),
    } as never);
    renderDialog();
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(/7 加 5 等于几？/);
    await fillIn(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: '提交异议' }));

    expect(await within(dialog).findByText('验证题回答不正确，请重新作答。')).toBeInTheDocument();
    await waitFor(() => expect(reviewApi.GET).toHaveBeenCalledTimes(2));
    expect(within(dialog).getByLabelText(/验证题/)).toHaveValue('');
  });
});
