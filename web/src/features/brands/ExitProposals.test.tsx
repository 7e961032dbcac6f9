import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { MemoryRouter } from 'react-router';
import { ProblemError } from '../../api/problem';
import { decideExit, fetchExitProposals, type ExitView } from './lifecycleApi';
import { ExitProposals } from './ExitProposals';

vi.mock('./lifecycleApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./lifecycleApi')>()),
  fetchExitProposals: vi.fn(),
  decideExit: vi.fn(),
}));

/** 大连金港家政服务师劳务品牌: its answer was refused on 20 November 2026, so the exit was proposed. */
const PROPOSED: ExitView = {
  brandId: '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61',
  certificateNumber: 'DL-LB-2022-CITY-0001',
  brandName: '大连金港家政服务师劳务品牌',
  unitName: '大连金港人力资源服务有限公司',
  district: '210211',
  rectificationId: '7d3f2a10-5b7e-4c1a-9f0e-2a6b8c4d1e01',
  cause: 'FAILED',
  causeLabel: '整改未通过',
  proposedOn: '2026-11-20',
  proposedBy: 'reviewer-ganjingzi',
  decisionReference: null,
  decidedOn: null,
  decidedBy: null,
};

function renderProposals() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter><App><ExitProposals /></App></MemoryRouter>
    </QueryClientProvider>,
  );
}

async function openDecision() {
  const row = (await screen.findByRole('link', { name: '大连金港家政服务师劳务品牌' })).closest('tr') as HTMLElement;
  await userEvent.click(within(row).getByRole('button', { name: '作出退出决定' }));
  return screen.findByRole('dialog', { name: '退出决定：大连金港家政服务师劳务品牌' });
}

describe('退出审定', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a proposed exit, then it shows the brand, its cause and the day it was proposed', async () => {
    vi.mocked(fetchExitProposals).mockResolvedValue({ items: [PROPOSED], total: 1 });
    renderProposals();

    const row = (await screen.findByRole('link', { name: '大连金港家政服务师劳务品牌' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/brands/${PROPOSED.brandId}`);
    expect(within(row).getByText('DL-LB-2022-CITY-0001')).toBeInTheDocument();
    expect(within(row).getByText('整改未通过')).toBeInTheDocument();
    expect(within(row).getByText('2026年11月20日')).toBeInTheDocument();
  });

  it('given none proposed, then it says so', async () => {
    vi.mocked(fetchExitProposals).mockResolvedValue({ items: [], total: 0 });
    renderProposals();

    expect(await screen.findByText('暂无待审定的退出建议')).toBeInTheDocument();
  });

  it('given no decision reference, then it is asked for and nothing is sent', async () => {
    vi.mocked(fetchExitProposals).mockResolvedValue({ items: [PROPOSED], total: 1 });
    renderProposals();
    const dialog = await openDecision();

    await userEvent.click(within(dialog).getByRole('button', { name: '确认退出' }));

    expect(await within(dialog).findByText('请填写市就业工作领导小组的决定文号。')).toBeInTheDocument();
    expect(decideExit).not.toHaveBeenCalled();
  });

  it('given the leading group\'s reference, then the exit is decided today, the list is read again and the dialog closes', async () => {
    vi.mocked(fetchExitProposals).mockResolvedValueOnce({ items: [PROPOSED], total: 1 }).mockResolvedValue({ items: [], total: 0 });
    vi.mocked(decideExit).mockResolvedValue({ ...PROPOSED, decisionReference: '大就组发〔2026〕12号', decidedOn: dayjs().format('YYYY-MM-DD') });
    renderProposals();
    const dialog = await openDecision();

    await userEvent.type(within(dialog).getByLabelText('决定文号'), ' 大就组发〔2026〕12号 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认退出' }));

    await waitFor(() => expect(decideExit).toHaveBeenCalledWith(PROPOSED.brandId, '大就组发〔2026〕12号', dayjs().format('YYYY-MM-DD')));
    expect(await screen.findByText('「大连金港家政服务师劳务品牌」已退出劳务品牌库。')).toBeInTheDocument();
    expect(await screen.findByText('暂无待审定的退出建议')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('given the registry refuses the exit (the brand has left already), then its sentence shows in the dialog', async () => {
    vi.mocked(fetchExitProposals).mockResolvedValue({ items: [PROPOSED], total: 1 });
    vi.mocked(decideExit).mockRejectedValue(new ProblemError({ status: 409, code: 'BRAND_EXITED',
      detail: '该劳务品牌已退出，不能再进行任何变更。' }, 409));
    renderProposals();
    const dialog = await openDecision();

    await userEvent.type(within(dialog).getByLabelText('决定文号'), '大就组发〔2026〕12号');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认退出' }));

    expect(await within(dialog).findByText('该劳务品牌已退出，不能再进行任何变更。')).toBeInTheDocument();
  });
});
