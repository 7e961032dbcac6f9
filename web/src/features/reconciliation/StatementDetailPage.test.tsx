import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { StatementDetailPage } from './StatementDetailPage';
import { fetchStatement } from './statementApi';
import { DEC_1, DEC_1_DURING_THE_DAY } from './samples';
import type { StatementDetail } from './statementApi';

vi.mock('./statementApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./statementApi')>()),
  fetchStatement: vi.fn(),
}));

function renderPage(statement: StatementDetail = DEC_1) {
  vi.mocked(fetchStatement).mockResolvedValue(statement);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MemoryRouter initialEntries={[`/subsidies/statements/${statement.id}`]}>
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

  it('given the day\'s current import, then it says it counts and warns of nothing', async () => {
    renderPage();

    await screen.findByRole('heading', { name: '对账结果 · 2026-12-01' });

    expect(screen.getByText('有效')).toBeInTheDocument();
    expect(screen.queryByText('该对账单已被更正')).not.toBeInTheDocument();
  });

  it('given an import a correction replaced, then a warning says so and links to the current results', async () => {
    renderPage(DEC_1_DURING_THE_DAY);

    await screen.findByRole('heading', { name: '对账结果 · 2026-12-01' });

    const warning = screen.getByRole('alert');
    expect(within(warning).getByText('该对账单已被更正')).toBeInTheDocument();
    expect(within(warning).getByText(/仅作为历史记录保留/)).toBeInTheDocument();
    expect(within(warning).getByRole('link', { name: '查看现行对账结果' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1.id}`);
    expect(screen.getByText('已被更正')).toBeInTheDocument();
    expect(resultsShown()).toEqual(['金额不符', '平台已到账、对账单无']);
  });

  it('given only the mismatches asked for, then the matched lines are hidden', async () => {
    renderPage();
    await screen.findByRole('heading', { name: '对账结果 · 2026-12-01' });

    await userEvent.click(screen.getByRole('switch'));

    expect(resultsShown()).toEqual(['金额不符', '平台已到账、对账单无']);
  });
});
