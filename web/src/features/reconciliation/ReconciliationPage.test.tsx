import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ProblemError } from '../../api/problem';
import { ReconciliationPage } from './ReconciliationPage';
import { fetchStatements, importStatement } from './statementApi';
import { DEC_1, DEC_1_DURING_THE_DAY } from './samples';

vi.mock('./statementApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./statementApi')>()),
  fetchStatements: vi.fn(),
  importStatement: vi.fn(),
}));

function renderPage() {
  vi.mocked(fetchStatements).mockResolvedValue({ items: [DEC_1, DEC_1_DURING_THE_DAY], next: null, total: 2 });
  const { container } = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MemoryRouter initialEntries={['/subsidies/statements']}>
          <Routes>
            <Route path="/subsidies/statements" element={<ReconciliationPage />} />
            <Route path="/subsidies/statements/:id" element={<p>对账结果页</p>} />
          </Routes>
        </MemoryRouter>
      </App>
    </QueryClientProvider>,
  );
  return container;
}

async function chooseFile(container: HTMLElement, name = '对账单-20261201.csv', user = userEvent.setup()) {
  await screen.findByRole('heading', { name: '对账' });
  await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, new File(['交易日期\n'], name, { type: 'text/csv' }));
}

describe('对账', () => {
  afterEach(() => vi.clearAllMocks());

  it('lists the imports with their mismatches, the latest day first', async () => {
    renderPage();

    const row = (await screen.findAllByRole('link', { name: '2026-12-01' }))[0].closest('tr')!;
    expect(within(row).getByText('有效')).toBeInTheDocument();
    expect(within(row).getByText('对账单-20261201.csv')).toBeInTheDocument();
    expect(within(row).getByText('¥55,000.00')).toBeInTheDocument();
    expect(within(row).getByText('2 项')).toBeInTheDocument();
  });

  it('given a day\'s import a correction replaced, then it is listed greyed as 已被更正 with a link to the correction', async () => {
    renderPage();

    const link = (await screen.findAllByRole('link', { name: '2026-12-01' }))[1];
    expect(link).toHaveAttribute('href', `/subsidies/statements/${DEC_1_DURING_THE_DAY.id}`);
    const row = link.closest('tr')!;
    expect(within(row).getByText('已被更正')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '查看更正后的对账单' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1.id}`);
    expect(within(row).getByText('对账单-20261201-日间.csv')).toHaveClass('ant-typography-secondary');
    expect(within(row).getByText('2 项')).toHaveClass('ant-typography-secondary');
  });

  it('given a statement, when imported, then the results open', async () => {
    vi.mocked(importStatement).mockResolvedValue({ duplicate: false, statement: DEC_1, replaced: null });
    const container = renderPage();

    await chooseFile(container);

    expect(importStatement).toHaveBeenCalledWith(expect.any(File), undefined, expect.any(Function), expect.any(AbortSignal));
    expect(await screen.findByText('对账结果页')).toBeInTheDocument();
  });

  it('given another file of a day imported before, when imported, then it says it replaced the earlier import and the results open', async () => {
    vi.mocked(importStatement).mockResolvedValue({
      duplicate: false, statement: DEC_1,
      replaced: { id: DEC_1_DURING_THE_DAY.id, fileName: DEC_1_DURING_THE_DAY.fileName, importedBy: 'finance-clerk', importedAt: DEC_1_DURING_THE_DAY.importedAt },
    });
    const container = renderPage();

    await chooseFile(container);

    expect(await screen.findByText(/已替换 2026-12-01 原导入的对账单（finance-clerk 于 .* 导入，保留为历史记录）/)).toBeInTheDocument();
    expect(await screen.findByText('对账结果页')).toBeInTheDocument();
  });

  it('given the same file again, then it says so and links to the earlier results', async () => {
    vi.mocked(importStatement).mockResolvedValue({ duplicate: true, statement: DEC_1, replaced: null });
    const container = renderPage();

    await chooseFile(container);

    const alert = await screen.findByRole('status');
    expect(within(alert).getByText('该对账单已导入过')).toBeInTheDocument();
    expect(within(alert).getByText(/本次未重复导入/)).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '查看对账结果' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1.id}`);
  });

  it('given again the file of an import a correction replaced, then it says nothing changed and links to the current results too', async () => {
    vi.mocked(importStatement).mockResolvedValue({ duplicate: true, statement: DEC_1_DURING_THE_DAY, replaced: null });
    const container = renderPage();

    await chooseFile(container, '对账单-20261201-日间.csv');

    const alert = await screen.findByRole('status');
    expect(within(alert).getByText('该对账单已导入过，且已被更正')).toBeInTheDocument();
    expect(within(alert).getByText(/已被此后导入的对账单更正.*本次未重复导入，对账结果不变/)).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: '查看该次导入的对账结果' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1_DURING_THE_DAY.id}`);
    expect(within(alert).getByRole('link', { name: '查看现行对账结果' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1.id}`);
    expect(screen.queryByText('对账结果页')).not.toBeInTheDocument();
  });

  it('given a malformed statement, then each faulty line is listed and nothing else happens', async () => {
    vi.mocked(importStatement).mockRejectedValue(new ProblemError({
      status: 422, code: 'STATEMENT_MALFORMED', detail: '对账单有 2 处格式错误，未导入任何数据，请按各行的提示核对后重新导入。', errorCount: 2,
      errors: [
        { line: 3, message: '金额「5000」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。' },
        { line: 4, message: '交易状态应为「成功」，实际为「处理中」：对账单只列出已成功的支付。' },
      ] as never,
    }, 422));
    const container = renderPage();

    await chooseFile(container);

    expect(await screen.findByText('对账单未导入')).toBeInTheDocument();
    const faults = screen.getByRole('region', { name: '对账单错误' });
    expect(within(faults).getByText('共 2 处错误，请核对后重新导入：')).toBeInTheDocument();
    expect(within(faults).getByText('第 3 行')).toBeInTheDocument();
    expect(within(faults).getByText(/交易状态应为「成功」/)).toBeInTheDocument();
    expect(screen.queryByText('对账结果页')).not.toBeInTheDocument();
  });

  it('given another file of the day saved by someone else at the same moment, then the refusal links to the import that was saved', async () => {
    vi.mocked(importStatement).mockRejectedValue(new ProblemError({
      status: 409, code: 'STATEMENT_DATE_ALREADY_IMPORTED', importId: DEC_1.id,
      detail: '2026-12-01 的另一份对账单（文件「对账单-20261201.csv」，finance-clerk 导入）与您的导入同时保存，本次导入未生效。请先查看该对账结果；如仍需以您的文件为准，请重新导入。',
    }, 409));
    const container = renderPage();

    await chooseFile(container, '对账单-更正.csv');

    expect(await screen.findByText(/与您的导入同时保存，本次导入未生效/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看同时导入的对账结果' })).toHaveAttribute('href', `/subsidies/statements/${DEC_1.id}`);
  });

  it('given a file that is not a CSV dropped on it, then nothing is sent', async () => {
    const container = renderPage();

    await chooseFile(container, '对账单.xlsx', userEvent.setup({ applyAccept: false }));

    expect(await screen.findByText('请选择支付系统导出的 CSV 格式对账单文件。')).toBeInTheDocument();
    expect(importStatement).not.toHaveBeenCalled();
  });
});
