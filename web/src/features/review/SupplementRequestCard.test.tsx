import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { reviewApi } from '../../api/client';
import type { CaseDetail } from './caseActions';
import { SupplementRequestCard } from './SupplementRequestCard';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  reviewApi: { POST: vi.fn() },
}));

const HAIWAN: CaseDetail = {
  id: '3a7e2f10-5b1c-4d8e-9f00-2c3d4e5f6a7b',
  applicationId: '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e',
  brandName: '大连金州海湾电工劳务品牌',
  unitName: '大连海湾职业培训学校',
  district: '210213',
  requestedLevels: ['DISTRICT'],
  stage: 'DISTRICT_REVIEW',
};

function renderCard() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><SupplementRequestCard detail={HAIWAN} /></App>
    </QueryClientProvider>,
  );
}

describe('the supplement request', () => {
  afterEach(() => vi.clearAllMocks());

  it('given nothing chosen, when sent, then it names the parts and the note as required and sends nothing', async () => {
    renderCard();
    await userEvent.click(screen.getByRole('button', { name: '要求补充材料' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('补充期限（工作日）')).toHaveValue('3');
    await userEvent.click(within(dialog).getByRole('button', { name: '发送补充要求' }));

    expect(await within(dialog).findByText('请选择需要补充的内容')).toBeInTheDocument();
    expect(within(dialog).getByText('请写明需要补充什么、为什么')).toBeInTheDocument();
    expect(reviewApi.POST).not.toHaveBeenCalled();
  });

  it('given the parts, a note and the due days, when sent, then the service is asked with them', async () => {
    vi.mocked(reviewApi.POST).mockResolvedValue({
      data: { ...HAIWAN, stage: 'SUPPLEMENT_REQUESTED' }, response: new Response(null, { status: 200 }),
    } as never);
    renderCard();
    await userEvent.click(screen.getByRole('button', { name: '要求补充材料' }));
    const dialog = await screen.findByRole('dialog');
    const parts = within(dialog).getByRole('group', { name: '需要补充的内容' });
    await userEvent.click(within(parts).getByLabelText('各年度培训与就业数据'));
    await userEvent.click(within(parts).getByLabelText('品牌简介'));
    await userEvent.type(within(dialog).getByLabelText('补充说明'), '  请核实 2022 年度培训合格率。 ');
    const due = within(dialog).getByLabelText('补充期限（工作日）');
    await userEvent.clear(due);
    await userEvent.type(due, '5');
    await userEvent.click(within(dialog).getByRole('button', { name: '发送补充要求' }));

    await waitFor(() => expect(reviewApi.POST).toHaveBeenCalledWith('/api/reviews/cases/{id}/supplement-request', {
      params: { path: { id: HAIWAN.id } },
      body: { parts: ['DESCRIPTION', 'DECLARED_YEARS'], note: '请核实 2022 年度培训合格率。', dueWorkingDays: 5 },
    }));
    expect(await screen.findByText('已要求申报单位补充材料，单位补充后将重新提交至本部门审核。')).toBeInTheDocument();
  });
});
