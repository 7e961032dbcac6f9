import type { ReactNode } from 'react';
import { render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { applicationApi, registryApi } from '../../api/client';
import { BrandCertificates } from './BrandCertificates';
import { BrandDetailPage } from './BrandDetailPage';
import { SubsidySection } from './BrandSubsidies';
import { fetchBrand, type BrandLifecycleView } from './lifecycleApi';
import type { PaidSubsidyView } from './subsidyTypes';

vi.mock('./lifecycleApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./lifecycleApi')>()),
  fetchBrand: vi.fn(),
}));

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { GET: vi.fn() },
  registryApi: { GET: vi.fn() },
}));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'applicant-a', name: '王丽', roles: ['APPLICANT'], orgId: '912102440580649631' }),
}));

const BRAND_ID = '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61';

/** Paid at 14:30 in Dalian (mid-day, so the day is the same in any time zone the tests run in). */
const CITY: PaidSubsidyView = { certificationLevel: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00',
  paidAt: '2026-12-01T06:30:05Z' };
const PROVINCIAL: PaidSubsidyView = { certificationLevel: 'PROVINCIAL', levelLabel: '省级', amountFen: 10_000_000, amountText: '¥100,000.00',
  paidAt: '2027-03-15T04:00:00Z' };

/** 大连金港家政服务师劳务品牌, city level, 甘井子区, certified on 20 December 2022. */
function jingang(subsidies: PaidSubsidyView[]): BrandLifecycleView {
  return {
    id: BRAND_ID, certificateNumber: 'DL-LB-2022-CITY-0001', brandName: '大连金港家政服务师劳务品牌', unitName: '大连金港人力资源服务有限公司',
    orgId: '912102440580649631', district: '210211', level: 'CITY', levelLabel: '市级', certifiedOn: '2022-12-20', status: 'ACTIVE',
    statusLabel: '有效', subsidies, subsidyPaid: subsidies.length > 0,
  };
}

function renderWithin(node: ReactNode, path = '/') {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[path]}><App>{node}</App></MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('the subsidies paid on a brand', () => {
  beforeEach(() => {
    vi.mocked(applicationApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }),
      data: [{ code: '210211', name: '甘井子区', kind: 'COUNTY' }] } as never);
  });
  afterEach(() => vi.clearAllMocks());

  it('given the city subsidy paid, the brand page marks it in the header and lists level, amount and day under 奖补资金', async () => {
    vi.mocked(fetchBrand).mockResolvedValue(jingang([CITY]));

    renderWithin(<Routes><Route path="/brands/:id" element={<BrandDetailPage />} /></Routes>, `/brands/${BRAND_ID}`);

    expect(await screen.findByText('奖补已拨付')).toBeInTheDocument();
    const section = screen.getByText('奖补资金').closest('.ant-card') as HTMLElement;
    const row = within(section).getByText('市级劳务品牌一次性奖补').closest('tr') as HTMLElement;
    expect(within(row).getByText('¥50,000.00')).toBeInTheDocument();
    expect(within(row).getByText('2026年12月1日')).toBeInTheDocument();
    expect(within(row).getByText('已拨付')).toBeInTheDocument();
  });

  it('given nothing paid yet, the header has no mark and the section says the subsidy awaits payment', async () => {
    vi.mocked(fetchBrand).mockResolvedValue(jingang([]));

    renderWithin(<Routes><Route path="/brands/:id" element={<BrandDetailPage />} /></Routes>, `/brands/${BRAND_ID}`);

    expect(await screen.findByText('一次性奖补资金尚未拨付。')).toBeInTheDocument();
    expect(screen.queryByText('奖补已拨付')).not.toBeInTheDocument();
  });

  it('given both levels paid, the city subsidy and the province subsidy each have their row', () => {
    renderWithin(<SubsidySection brand={jingang([CITY, PROVINCIAL])} />);

    const provincial = screen.getByText('省级劳务品牌一次性奖补').closest('tr') as HTMLElement;
    expect(within(provincial).getByText('¥100,000.00')).toBeInTheDocument();
    expect(within(provincial).getByText('2027年3月15日')).toBeInTheDocument();
    expect(screen.getByText('市级劳务品牌一次性奖补')).toBeInTheDocument();
  });

  it('given a district-level brand, the section says the notice gives it none', () => {
    renderWithin(<SubsidySection brand={{ ...jingang([]), level: 'DISTRICT' }} />);

    expect(screen.getByText('区级劳务品牌不享受一次性奖补。')).toBeInTheDocument();
  });

  it('given a page of brands, the list shows the subsidies paid to each, or a dash', async () => {
    vi.mocked(registryApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }), data: {
      items: [
        { ...jingang([CITY, PROVINCIAL]), id: BRAND_ID },
        { ...jingang([]), id: 'c2e4a6b8-1d3f-4a5b-8c7d-9e0f1a2b3c4d', certificateNumber: 'DL-LB-2022-DISTRICT-0002',
          brandName: '大连金州海湾焊工劳务品牌', level: 'DISTRICT', levelLabel: '区级' },
      ],
      next: null,
      total: 2,
    } } as never);

    renderWithin(<BrandCertificates />);

    const paid = (await screen.findByText('DL-LB-2022-CITY-0001')).closest('tr') as HTMLElement;
    expect(within(paid).getByText('市级 ¥50,000.00')).toBeInTheDocument();
    expect(within(paid).getByText('省级 ¥100,000.00')).toBeInTheDocument();
    const unpaid = screen.getByText('DL-LB-2022-DISTRICT-0002').closest('tr') as HTMLElement;
    expect(within(unpaid).getByText('—')).toBeInTheDocument();
  });
});
