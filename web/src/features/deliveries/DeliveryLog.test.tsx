import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fetchDeliveries, fetchDelivery, resendDelivery, type Delivery } from './deliveryApi';
import { DeliveryLog } from './DeliveryLog';

vi.mock('./deliveryApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./deliveryApi')>()),
  fetchDeliveries: vi.fn(),
  fetchDelivery: vi.fn(),
  resendDelivery: vi.fn(),
}));

/** 大连金港's district decision by e-mail, sent at the first try. */
const SENT: Delivery = {
  id: 'd1', eventId: '5f0c7a52-93c1-4e7b-9a10-2b6f1d3c4e58', kind: 'DISTRICT_DECISION', kindLabel: '区级初审结果', channel: 'EMAIL',
  recipient: 'hr***@jingang-hr.example.com', recipientName: '大连金港人力资源服务有限公司', subject: '【大连市劳务品牌】区级初审结果',
  status: 'SENT', attempts: 1, lastError: null, createdAt: '2026-12-01T02:00:00Z', sentAt: '2026-12-01T02:00:03Z', nextAttemptAt: null,
};

/** The same decision by SMS to a number the provider refused. */
const FAILED: Delivery = {
  ...SENT, id: 'd2', channel: 'SMS', recipient: '139****2345', subject: null, status: 'FAILED', attempts: 1, sentAt: null,
  lastError: '短信服务商拒绝：手机号码格式不正确（INVALID_PHONE）',
};

function renderLog() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App><MemoryRouter><DeliveryLog /></MemoryRouter></App>
    </QueryClientProvider>,
  );
}

describe('消息投递', () => {
  afterEach(() => vi.clearAllMocks());

  it('lists each e-mail and SMS with its status and why a failed one failed; only a failed one can be resent', async () => {
    vi.mocked(fetchDeliveries).mockResolvedValue({ items: [SENT, FAILED], next: null, total: 2 });

    renderLog();

    const rows = await screen.findAllByText('区级初审结果');
    const sent = rows[0].closest('tr') as HTMLElement;
    expect(within(sent).getByText('已发送')).toBeInTheDocument();
    expect(within(sent).queryByRole('button', { name: '重新发送' })).toBeNull();
    const failed = rows[1].closest('tr') as HTMLElement;
    expect(within(failed).getByText('发送失败')).toBeInTheDocument();
    expect(within(failed).getByText(/INVALID_PHONE/)).toBeInTheDocument();
    expect(within(failed).getByText('139****2345')).toBeInTheDocument();
  });

  it('resends a failed delivery after the operator confirms', async () => {
    vi.mocked(fetchDeliveries).mockResolvedValue({ items: [FAILED], next: null, total: 1 });
    vi.mocked(resendDelivery).mockResolvedValue({ ...FAILED, status: 'PENDING' });
    renderLog();

    await userEvent.click(await screen.findByRole('button', { name: '重新发送' }));
    // the confirmation's own button, beside the row's
    await waitFor(() => expect(screen.getAllByRole('button', { name: '重新发送' })).toHaveLength(2));
    await userEvent.click(screen.getAllByRole('button', { name: '重新发送' })[1]);

    await waitFor(() => expect(resendDelivery).toHaveBeenCalledWith('d2'));
  });

  it('opens a delivery with every attempt and the provider answer', async () => {
    vi.mocked(fetchDeliveries).mockResolvedValue({ items: [FAILED], next: null, total: 1 });
    vi.mocked(fetchDelivery).mockResolvedValue({
      ...FAILED, content: '【大连人社】您单位的「大连甘井子金港家政服务师劳务品牌」已通过区级初审，详见劳务品牌平台。',
      attemptLog: [{ attemptedAt: '2026-12-01T02:00:05Z', outcome: 'FAILED', providerStatus: '400', providerAnswer: 'INVALID_PHONE', durationMillis: 42 }],
    });
    renderLog();

    await userEvent.click(await screen.findByRole('button', { name: '详情' }));

    expect(await screen.findByText('投递详情：区级初审结果')).toBeInTheDocument();
    expect(screen.getByText(/已通过区级初审/)).toBeInTheDocument();
    expect(screen.getByText('400 INVALID_PHONE')).toBeInTheDocument();
    expect(screen.getByText('42 毫秒')).toBeInTheDocument();
  });
});
