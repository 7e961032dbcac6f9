import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { applicationApi } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { RosterPage } from './RosterPage';
import { importRoster } from './rosterQueries';
import type { RosterImport } from './rosterModel';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { GET: vi.fn(), PUT: vi.fn() },
}));

vi.mock('./rosterQueries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./rosterQueries')>()),
  importRoster: vi.fn(),
}));

const ID = '7d0c5a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f';

const IMPORTED: RosterImport = {
  id: 'r1', applicationId: ID, fileLabel: '花名册.csv', fileFormat: 'CSV', fileSha256: 'ab', fileSize: 2048, rowsTaken: 4, rowsRefused: 1,
  years: [{ year: 2021, listed: 2, trainedCount: 2, passedCount: 1, employedCount: 2, speciallyTrainedEmployedCount: 2, excludedManagement: 0,
    excludedOutsideDalian: 0, excludedUnprovenOutput: 0 }],
  organisedOutput: false, outOfProvinceOutput: false, importedBy: 'applicant-a', importedAt: '2026-11-30T08:00:00Z',
};

function answer(data: unknown) {
  return Promise.resolve({ data, response: new Response(null, { status: 200 }) });
}

// what the service holds as the current import
let current: RosterImport | null = null;

function renderPage() {
  vi.mocked(applicationApi.GET).mockImplementation(((path: string) => {
    if (path === '/api/applications/{id}') return answer({ id: ID, brandName: '大连甘井子金港叉车工劳务品牌', status: 'DRAFT' });
    if (path === '/api/applications/{id}/roster') return answer({ current, employers: [] });
    return answer({ sharedWorkers: 0, applications: [] });
  }) as never);
  const { container } = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <MemoryRouter initialEntries={[`/applications/${ID}/roster`]}>
          <Routes><Route path="/applications/:id/roster" element={<RosterPage />} /></Routes>
        </MemoryRouter>
      </App>
    </QueryClientProvider>,
  );
  return container;
}

async function chooseFile(container: HTMLElement) {
  await screen.findByRole('heading', { name: '务工人员花名册' });
  const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
  await userEvent.upload(input, new File(['姓名\n'], '花名册.csv', { type: 'text/csv' }));
}

describe('the roster page', () => {
  afterEach(() => {
    vi.clearAllMocks();
    current = null;
  });

  it('given a file, when imported, then it shows the upload, then the rows taken and refused and the year\'s counts', async () => {
    let progress: (percent: number) => void = () => {};
    let finish: (value: unknown) => void = () => {};
    vi.mocked(importRoster).mockImplementation((_id, _file, onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => { finish = resolve as never; });
    });
    const container = renderPage();
    await chooseFile(container);
    expect(importRoster).toHaveBeenCalledWith(ID, expect.any(File), expect.any(Function), expect.any(AbortSignal));
    progress(40);
    expect(await screen.findByText('正在上传 花名册.csv…')).toBeInTheDocument();
    progress(100);
    expect(await screen.findByText('花名册.csv 已上传，正在逐行校验…')).toBeInTheDocument();
    current = IMPORTED;
    finish({ imported: IMPORTED, refusalsListed: 1, refusals: [{ line: 5, column: '身份证号码', reason: '身份证号码校验位不正确', maskedName: '赵*' }] });

    const result = await screen.findByRole('region', { name: '导入结果' });
    expect(within(result).getByText('4 行')).toBeInTheDocument();
    expect(within(result).getByRole('row', { name: /^2021年/ })).toHaveTextContent('2 人2 人1 人2 人2 人无');
    const refused = screen.getByRole('region', { name: '拒收行' });
    expect(within(refused).getByRole('row', { name: /第 5 行/ })).toHaveTextContent('身份证号码校验位不正确');
  });

  it('given a file no row of which passes, when imported, then the problem and the refused rows it lists', async () => {
    vi.mocked(importRoster).mockRejectedValue(new ProblemError({
      code: 'ROSTER_NO_VALID_ROW', detail: '花名册 1 行均未通过校验，未导入；请按拒收清单修改后重新导入。',
      refusals: [{ line: 2, column: '年度', reason: '年度“2019”不是本批次申报的年度（2021、2022）' }],
    }, 422));
    const container = renderPage();
    await chooseFile(container);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('花名册未导入');
    expect(alert).toHaveTextContent('花名册 1 行均未通过校验，未导入');
    await waitFor(() => expect(screen.getByRole('region', { name: '拒收行' })).toHaveTextContent('年度“2019”不是本批次申报的年度'));
    expect(screen.queryByRole('region', { name: '导入结果' })).not.toBeInTheDocument();
  });
});
