import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StatementDetailPage } from './StatementDetailPage';
import { fetchStatement } from './statementApi';
import { DEC_1 } from './samples';

vi.mock('./statementApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./statementApi')>()),
  fetchStatement: vi.fn(),
}));

function renderPage() {
  vi.mocked(fetchStatement).mockResolvedValue(DEC_1);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MemoryRouter initialEntries={[`/subsidies/statements/${DEC_1.id}`]}>
          <Routes><Route path="/subsidies/statements/:id" element={<StatementDetailPage />} /></Routes>
        </MemoryRouter>
      </App>
    </QueryClientProvider>,
  );
}

/** The entries' rows, top to bottom, the header left out. */
function entryRows(): HTMLElement[] {
  return within(screen.getByRole('region', { name: '对账明细' })).getAllByRole('row').slice(1);
}

/** The result tag of each row. */
function resultsShown(): string[] {
  return entryRows().map((row) => within(row).getAllByRole('cell')[0].textContent ?? '');
}

describe('对账结果', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows each line\'s result as a tag, the mismatches first, with why they do not match', async () => {
    renderPage();

    expect(await screen.findByRole('heading', { name: '对账结果 · 2026-12-01' })).toBeInTheDocument();
    expect(resultsShown()).toEqual(['金额不符', '平台已到账、对账单无', '已对平']);
    const short = entryRows()[0];
    expect(within(short).getByText('¥5,000.00')).toBeInTheDocument();
    expect(within(short).getByText('对账单金额 ¥5,000.00，平台支付金额 ¥50,000.00。')).toBeInTheDocument();
    const missing = entryRows()[1];
    expect(within(missing).getByText('大连海湾职业培训学校')).toBeInTheDocument();
    expect(within(missing).getByText('DLBK20261201000124')).toBeInTheDocument();
    expect(within(entryRows()[2]).getByText('中国工商银行大连星海支行 3400 **** **** 2345')).toBeInTheDocument();
  });

  it('given only the mismatches asked for, then the matched lines are hidden', async () => {
    renderPage();
    await screen.findByRole('heading', { name: '对账结果 · 2026-12-01' });

    await userEvent.click(screen.getByRole('switch'));

    expect(resultsShown()).toEqual(['金额不符', '平台已到账、对账单无']);
  });
});
