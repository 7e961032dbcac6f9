import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fetchBrandResources, fetchCatalogue, fetchIndustries, type BrandResources } from './resourcesApi';
import { BrandResourcesTab } from './BrandResourcesTab';

const session = vi.hoisted(() => ({ roles: ['APPLICANT'] as string[] }));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'someone', name: '王丽', roles: session.roles }),
}));

vi.mock('./resourcesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./resourcesApi')>()),
  fetchBrandResources: vi.fn(),
  fetchIndustries: vi.fn(),
  fetchCatalogue: vi.fn(),
}));

const BRAND = '6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01';

const JINGANG: BrandResources = {
  brandId: BRAND, certificateNumber: 'DL-LB-2022-CITY-0001', brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司',
  district: '210211', level: 'CITY', levelLabel: '市级', status: 'ACTIVE', statusLabel: '有效', certifiedOn: '2022-12-20',
  profile: { industrySection: 'O', industryDivision: '80', sector: '家政服务', catalogueEntry: 'O-80-01', employmentScale: 1320,
    marketSharePercent: 12.5, economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500, regionsServed: ['大连市', '沈阳市'] },
  industrySectionName: '居民服务、修理和其他服务业', industryDivisionName: '居民服务业', catalogueEntryName: '家政服务', figuresYear: 2023,
  filledFromApplication: true, unitType: 'HR_SERVICE_AGENCY', unitTypeLabel: '人力资源服务机构', description: '以母婴护理为特色的家政服务品牌。',
  updatedBy: 'reviewer-ganjingzi', updatedAt: '2024-02-05T02:00:00Z', openYears: [2024, 2025],
  reports: [{ brandId: BRAND, year: 2023, status: 'ACCEPTED', statusLabel: '已通过', round: 1, certificateNumber: 'DL-LB-2022-CITY-0001',
    brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司', district: '210211', employmentScale: 1320, marketSharePercent: 12.5,
    economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500, regionsServed: ['大连市', '沈阳市'], narrative: '全年培训 12 期。', roster: null,
    submittedBy: 'applicant-a', submittedAt: '2024-02-01T02:00:00Z', reviewedBy: 'reviewer-ganjingzi', reviewedAt: '2024-02-05T02:00:00Z',
    reviewNote: '数据与花名册一致。' }],
};

function renderTab() {
  vi.mocked(fetchBrandResources).mockResolvedValue(JINGANG);
  vi.mocked(fetchIndustries).mockResolvedValue([]);
  vi.mocked(fetchCatalogue).mockResolvedValue([]);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><BrandResourcesTab brandId={BRAND} /></App>
    </QueryClientProvider>,
  );
}

describe('the brand\'s resource library tab', () => {
  it('given the holder, then it reads the entry and the history and offers the yearly report, not the classification', async () => {
    session.roles = ['APPLICANT'];
    renderTab();

    expect(await screen.findByText('O 居民服务、修理和其他服务业 / 80 居民服务业')).toBeInTheDocument();
    expect(screen.getByText('2023 年（年度报告）')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /2023 已通过/ })).toHaveTextContent('数据与花名册一致。');
    expect(screen.getByText('报送年度报告')).toBeInTheDocument();
    expect(screen.queryByText('品牌归类')).not.toBeInTheDocument();
  });

  it('given a district reviewer, then the classification form is offered and no yearly report form', async () => {
    session.roles = ['DISTRICT_REVIEWER'];
    renderTab();

    expect(await screen.findByText('品牌归类')).toBeInTheDocument();
    expect(screen.queryByText('报送年度报告')).not.toBeInTheDocument();
  });
});
