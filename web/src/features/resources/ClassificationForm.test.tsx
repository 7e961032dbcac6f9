import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { classifyBrand, fetchCatalogue, fetchIndustries, type BrandResources, type ResourceProfile } from './resourcesApi';
import { ClassificationForm } from './ClassificationForm';

vi.mock('./resourcesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./resourcesApi')>()),
  fetchIndustries: vi.fn(),
  fetchCatalogue: vi.fn(),
  classifyBrand: vi.fn(),
}));

const BRAND = '6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01';
const UNCLASSIFIED: ResourceProfile = { employmentScale: 1190, trainingCapacity: 1280, regionsServed: [] };

function renderForm(profile: ResourceProfile) {
  vi.mocked(fetchIndustries).mockResolvedValue([
    { code: 'C', name: '制造业', divisions: [{ code: '13', name: '农副食品加工业' }, { code: '37', name: '铁路、船舶、航空航天和其他运输设备制造业' }] },
    { code: 'O', name: '居民服务、修理和其他服务业', divisions: [{ code: '80', name: '居民服务业' }, { code: '81', name: '机动车、电子产品和日用产品修理业' }] },
  ]);
  vi.mocked(fetchCatalogue).mockResolvedValue([
    { code: 'O-80-01', name: '家政服务', industrySection: 'O', industryDivision: '80', guidance: '发展母婴护理、养老照护等家政服务。', active: true },
    { code: 'O-81-01', name: '汽车维修', industrySection: 'O', industryDivision: '81', guidance: '培养汽车维修工。', active: true },
  ]);
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <App><ClassificationForm brandId={BRAND} profile={profile} /></App>
    </QueryClientProvider>,
  );
}

async function choose(field: string, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: field }));
  await userEvent.click(await screen.findByTitle(option));
}

describe('the classification form', () => {
  afterEach(() => vi.clearAllMocks());

  it('given an unclassified brand, when saved at once, then section, division and sector are asked for and nothing is sent', async () => {
    renderForm(UNCLASSIFIED);
    await userEvent.click(await screen.findByRole('button', { name: '保存归类' }));

    expect(await screen.findByText('请选择行业门类')).toBeInTheDocument();
    expect(await screen.findByText('请填写所属领域')).toBeInTheDocument();
    expect(classifyBrand).not.toHaveBeenCalled();
  });

  it('given a section, division and catalogue entry chosen, then the sector takes the entry\'s name and the classification is sent', async () => {
    vi.mocked(classifyBrand).mockResolvedValue({ brandId: BRAND } as BrandResources);
    renderForm(UNCLASSIFIED);
    await waitFor(() => expect(fetchIndustries).toHaveBeenCalled());
    await choose('行业门类（GB/T 4754-2017）', 'O 居民服务、修理和其他服务业');
    await choose('行业大类', '80 居民服务业');
    await choose('指导目录条目', 'O-80-01 家政服务');

    expect(screen.getByLabelText('所属领域')).toHaveValue('家政服务');
    expect(screen.queryByTitle('O-81-01 汽车维修')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存归类' }));

    await waitFor(() => expect(classifyBrand).toHaveBeenCalledWith(BRAND,
      { industrySection: 'O', industryDivision: '80', sector: '家政服务', catalogueEntry: 'O-80-01' }));
    expect(await screen.findByText('品牌归类已保存。')).toBeInTheDocument();
  });

  it('given a classified brand whose section is changed, then its division and entry are cleared to be chosen again', async () => {
    renderForm({ ...UNCLASSIFIED, industrySection: 'O', industryDivision: '80', sector: '家政服务', catalogueEntry: 'O-80-01' });
    await waitFor(() => expect(fetchIndustries).toHaveBeenCalled());
    await choose('行业门类（GB/T 4754-2017）', 'C 制造业');
    await userEvent.click(screen.getByRole('button', { name: '保存归类' }));

    expect(await screen.findByText('请选择行业大类')).toBeInTheDocument();
    expect(classifyBrand).not.toHaveBeenCalled();
  });
});
