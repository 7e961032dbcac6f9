import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { subsidyApi } from '../../api/client';
import { EntitlementList } from './EntitlementList';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  subsidyApi: { GET: vi.fn() },
}));

vi.mock('../../auth/session', () => ({
  useSession: () => ({ username: 'finance-clerk', name: '周芳', roles: ['FINANCE_CLERK'] }),
}));

const entitlement = {
  brandId: '5d1c0a3e-8f7b-4c2d-9e6a-1b2c3d4e5f60',
  applicationId: '0b0f3c55-9a7e-4b7a-9a43-3f0c2f7d1e21',
  orgId: '912102440580649631',
  unitName: '大连金港人力资源服务有限公司',
  brandName: '大连甘井子金港家政服务师劳务品牌',
  status: 'CREATED',
  statusLabel: '待经办',
  createdAt: '2024-01-15T02:30:00Z',
};

describe('the finance list of subsidy entitlements', () => {
  afterEach(() => vi.clearAllMocks());

  it('shows the city and the provincial subsidy of a brand certified at both, each with its amount', async () => {
    vi.mocked(subsidyApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }), data: {
      items: [
        { ...entitlement, id: 'e1', level: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00' },
        { ...entitlement, id: 'e2', level: 'PROVINCIAL', levelLabel: '省级', amountFen: 10_000_000, amountText: '¥100,000.00' },
      ],
      next: null,
      total: 2,
    } } as never);

    renderList();

    const provincial = (await screen.findByText('省级')).closest('tr') as HTMLElement;
    expect(within(provincial).getByText(/100,000/)).toBeInTheDocument();
    const city = screen.getByText('市级').closest('tr') as HTMLElement;
    expect(within(city).getByText(/50,000/)).toBeInTheDocument();
  });

  it('lets the clerk gather waiting entitlements into a batch, never one already in a batch', async () => {
    vi.mocked(subsidyApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }), data: {
      items: [
        { ...entitlement, id: 'e1', level: 'CITY', levelLabel: '市级', amountFen: 5_000_000, amountText: '¥50,000.00' },
        { ...entitlement, id: 'e2', level: 'PROVINCIAL', levelLabel: '省级', amountFen: 10_000_000, amountText: '¥100,000.00',
          status: 'PREPARED', statusLabel: '待审批' },
      ],
      next: null,
      total: 2,
    } } as never);
    renderList();

    const waiting = (await screen.findByText('市级')).closest('tr') as HTMLElement;
    const inBatch = screen.getByText('省级').closest('tr') as HTMLElement;
    expect(within(inBatch).getByRole('checkbox')).toBeDisabled();
    expect(screen.getByRole('button', { name: '编制支付批次' })).toBeDisabled();

    await userEvent.click(within(waiting).getByRole('checkbox'));

    expect(screen.getByText(/已选 1 条，合计 ¥50,000.00/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '编制支付批次' })).toBeEnabled();
  });
});

function renderList() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter><EntitlementList /></MemoryRouter>
    </QueryClientProvider>,
  );
}
