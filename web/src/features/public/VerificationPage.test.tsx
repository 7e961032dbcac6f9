import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { VerificationPage } from './VerificationPage';

function renderAt(number: string) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[`/verify/${number}`]}>
        <Routes><Route path="/verify/:number" element={<VerificationPage />} /></Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function answer(body: unknown, status = 200) {
  return vi.fn().mockResolvedValue(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

describe('verifying a certificate from its QR code', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the live status large and the few facts of the certificate', async () => {
    const fetch = answer({
      certificateNumber: 'DL-LB-2022-CITY-0001',
      brandName: '大连金港家政服务师劳务品牌',
      unitName: '大连金港人力资源服务有限公司',
      level: 'CITY',
      levelLabel: '市级',
      certifiedOn: '2022-12-20',
      status: 'RECTIFYING',
      statusLabel: '整改中',
    });
    vi.stubGlobal('fetch', fetch);

    renderAt('DL-LB-2022-CITY-0001');

    expect(await screen.findByTestId('certificate-status')).toHaveTextContent('整改中');
    expect(screen.getByText('大连金港家政服务师劳务品牌')).toBeInTheDocument();
    expect(screen.getByText('大连金港人力资源服务有限公司')).toBeInTheDocument();
    expect(screen.getByText('市级')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/api/public/brands/verify/DL-LB-2022-CITY-0001', expect.anything());
  });

  it('says in Chinese that an unknown number is not a certificate of the city', async () => {
    vi.stubGlobal('fetch', answer({ status: 404, code: 'UNKNOWN_CERTIFICATE', detail: '未查询到该编号的劳务品牌证书，证书可能不是本市颁发或编号有误。' }, 404));

    renderAt('DL-LB-2022-CITY-0999');

    expect(await screen.findByRole('alert')).toHaveTextContent('未查询到该编号的劳务品牌证书');
    expect(screen.queryByTestId('certificate-status')).not.toBeInTheDocument();
  });
});
