import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { applicationApi } from '../../api/client';
import { RosterReviewCard } from './RosterReviewCard';
import type { MaskedWorker, RosterImport } from './rosterModel';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { GET: vi.fn(), POST: vi.fn() },
}));

vi.mock('../../shared/districts', () => ({ useDistrictName: () => (code?: string) => (code === '210213' ? '金州区' : code ?? '—') }));

const ID = 'a1';

const IMPORTED: RosterImport = {
  id: 'r1', applicationId: ID, fileLabel: '花名册.xlsx', fileFormat: 'XLSX', fileSha256: '0123456789abcdef0123', fileSize: 4096, rowsTaken: 25,
  rowsRefused: 0, organisedOutput: false, outOfProvinceOutput: false, importedBy: 'applicant-a', importedAt: '2026-11-30T08:00:00Z',
  years: [{ year: 2021, listed: 25, trainedCount: 20, passedCount: 18, employedCount: 20, speciallyTrainedEmployedCount: 15,
    excludedManagement: 5, excludedOutsideDalian: 0, excludedUnprovenOutput: 0 }],
};

function workers(from: number, count: number): MaskedWorker[] {
  return Array.from({ length: count }, (_, i) => ({
    line: from + i, year: 2021, name: '王*', idNumber: '2102**********1235', phone: '139****8765', management: false, trained: true,
    passed: true, employer: '本单位', employerInDalian: true, outOfProvince: false, contractProvided: false, insuranceProofProvided: false,
    counting: 'COUNTED', countingLabel: '计入',
  }));
}

function answer(data: unknown) {
  return Promise.resolve({ data, response: new Response(null, { status: 200 }) });
}

function renderCard() {
  vi.mocked(applicationApi.GET).mockImplementation(((path: string, init: { params: { query?: { after?: number } } }) => {
    if (path === '/api/applications/{id}/roster') return answer({ current: IMPORTED, employers: [] });
    if (path === '/api/applications/{id}/roster/overlaps') {
      return answer({ sharedWorkers: 3, applications: [
        { applicationId: 'b1', unitName: '大连海湾职业培训学校', brandName: '大连金州海湾电工劳务品牌', district: '210213', campaign: '2026',
          status: 'SUBMITTED', certified: false, sharedWorkers: 2 },
        { applicationId: 'b2', unitName: '大连港湾人力资源有限公司', brandName: '大连港湾焊工劳务品牌', district: '210213', campaign: '2022',
          status: 'SUBMITTED', certified: true, sharedWorkers: 1 },
      ] });
    }
    // the workers: a full first page (20), then 5 more
    return answer(init.params.query?.after ? workers(22, 5) : workers(2, 20));
  }) as never);
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <App>
        <RosterReviewCard applicationId={ID} levels={[{ criteria: [
          { criterion: 'TRAINED_COUNT', label: '培训人数', year: 2021, declared: '1120 人', counted: '20 人', supported: false },
          { criterion: 'TRAINING_PASS_RATE', label: '培训合格率', year: 2021, declared: '86.5%', counted: '90.0%', supported: true },
        ] }]} />
      </App>
    </QueryClientProvider>,
  );
}

describe('花名册核验', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows an unsupported declaration in words with both figures, and a supported one as such', async () => {
    renderCard();
    const compared = await screen.findByRole('region', { name: '申报数据与花名册比对' });
    expect(within(compared).getByText('1 项申报数据与花名册不相符，请重点核实。')).toBeInTheDocument();
    expect(within(compared).getByRole('row', { name: /培训人数/ })).toHaveTextContent('✗ 不相符：申报 1120 人，花名册计入 20 人');
    expect(within(compared).getByRole('row', { name: /培训合格率/ })).toHaveTextContent('✓ 相符');
  });

  it('names how many workers others count too, and which applications with how many each', async () => {
    renderCard();
    const shared = await screen.findByRole('region', { name: '重复计入' });
    await waitFor(() => expect(within(shared).getByText('另有 3 名务工人员被其他申报或已认定品牌计入')).toBeInTheDocument());
    const certified = within(shared).getByRole('row', { name: /大连港湾焊工劳务品牌/ });
    expect(certified).toHaveTextContent('已认定');
    expect(within(shared).getByRole('row', { name: /大连金州海湾电工劳务品牌/ })).toHaveTextContent('金州区');
  });

  // role queries over twenty rows of a wide table are slow in jsdom: the rows' buttons are found by their labels
  it('pages the masked workers after the last line shown, and back', async () => {
    renderCard();
    expect(await screen.findByLabelText('查看第 21 行完整信息')).toBeInTheDocument();
    const button = (text: string) => screen.getByText(text).closest('button')!;
    await userEvent.click(button('下一页'));
    expect(await screen.findByLabelText('查看第 26 行完整信息')).toBeInTheDocument();
    expect(applicationApi.GET).toHaveBeenCalledWith('/api/applications/{id}/roster/workers',
      { params: { path: { id: ID }, query: { year: undefined, after: 21, limit: 20 } } });
    expect(button('下一页')).toBeDisabled();
    await userEvent.click(button('上一页'));
    expect(await screen.findByLabelText('查看第 2 行完整信息')).toBeInTheDocument();
  });
});
