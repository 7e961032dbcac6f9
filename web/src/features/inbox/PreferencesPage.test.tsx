import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fetchPreferences, savePreferences, type Preference } from './preferencesApi';
import { PreferencesPage } from './PreferencesPage';

vi.mock('./preferencesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./preferencesApi')>()),
  fetchPreferences: vi.fn(),
  savePreferences: vi.fn(),
}));

const UNIT_KINDS: Preference[] = [
  { kind: 'APPLICATION_SUBMITTED', category: 'APPLICATION', label: '申报书已提交', legalWeight: false, inApp: true, email: true, sms: false, emailRequired: false },
  { kind: 'DISTRICT_DECISION', category: 'APPLICATION', label: '区级初审结果', legalWeight: true, inApp: true, email: true, sms: true, emailRequired: true },
  { kind: 'SUBSIDY_DISBURSED', category: 'SUBSIDY', label: '奖补资金已拨付', legalWeight: false, inApp: true, email: true, sms: true, emailRequired: false },
];

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App><MemoryRouter><PreferencesPage /></MemoryRouter></App>
    </QueryClientProvider>,
  );
}

describe('通知设置', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows each kind under its category, the inbox always on and e-mail locked for a decision', async () => {
    vi.mocked(fetchPreferences).mockResolvedValue({ items: UNIT_KINDS });

    renderPage();

    expect(await screen.findByRole('heading', { name: '申报进展' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '补贴资金' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: '区级初审结果：站内消息' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: '区级初审结果：电子邮件' })).toBeDisabled();
    expect(screen.getByRole('switch', { name: '区级初审结果：电子邮件' })).toBeChecked();
    expect(screen.getByRole('switch', { name: '申报书已提交：电子邮件' })).toBeEnabled();
    expect(screen.getByText('法定送达')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存设置' })).toBeDisabled();
  });

  it('saves every kind with the channels switched', async () => {
    vi.mocked(fetchPreferences).mockResolvedValue({ items: UNIT_KINDS });
    vi.mocked(savePreferences).mockImplementation(async (items) => ({
      items: UNIT_KINDS.map((preference) => ({ ...preference, ...items.find((item) => item.kind === preference.kind) })),
    }));
    renderPage();

    await userEvent.click(await screen.findByRole('switch', { name: '奖补资金已拨付：短信' }));
    await userEvent.click(screen.getByRole('switch', { name: '申报书已提交：短信' }));
    await userEvent.click(screen.getByRole('button', { name: '保存设置' }));

    await waitFor(() => expect(savePreferences).toHaveBeenCalledWith([
      { kind: 'APPLICATION_SUBMITTED', email: true, sms: true },
      { kind: 'DISTRICT_DECISION', email: true, sms: true },
      { kind: 'SUBSIDY_DISBURSED', email: true, sms: false },
    ]));
    expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: '奖补资金已拨付：短信' })).not.toBeChecked();
  });
});
