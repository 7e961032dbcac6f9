import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { applicationApi } from '../../api/client';
import { DisclosureDialog } from './DisclosureDialog';
import type { MaskedWorker } from './rosterModel';

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  applicationApi: { POST: vi.fn() },
}));

const WORKER: MaskedWorker = {
  line: 3, year: 2022, name: '王*国', idNumber: '210211********1235', phone: '139****8765', management: false, trained: true, passed: true,
  employer: '本单位', employerInDalian: true, outOfProvince: false, contractProvided: false, insuranceProofProvided: false,
  counting: 'COUNTED', countingLabel: '计入',
};

function renderDialog() {
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><DisclosureDialog applicationId="app-1" worker={WORKER} onClose={onClose} /></App>
    </QueryClientProvider>,
  );
  return onClose;
}

describe('查看完整信息', () => {
  afterEach(() => vi.clearAllMocks());

  it('given no reason, when confirmed, then it asks for one and reads nothing', async () => {
    renderDialog();
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));
    expect(await within(dialog).findByText('请说明查看完整信息的理由')).toBeInTheDocument();
    expect(applicationApi.POST).not.toHaveBeenCalled();
  });

  it('given a reason, when confirmed, then it sends the reason for the line and shows the data in full', async () => {
    vi.mocked(applicationApi.POST).mockResolvedValue({
      data: { line: 3, name: '王建国', idNumber: '210211199003071235', phone: '13904118765' },
      response: new Response(null, { status: 200 }),
    } as never);
    renderDialog();
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('查看理由'), '  电话核实就业情况 ');
    await userEvent.click(within(dialog).getByRole('button', { name: '确认查看' }));
    await waitFor(() => expect(within(dialog).getByText('210211199003071235')).toBeInTheDocument());
    expect(within(dialog).getByText('王建国')).toBeInTheDocument();
    expect(within(dialog).getByText('13904118765')).toBeInTheDocument();
    expect(applicationApi.POST).toHaveBeenCalledWith('/api/applications/{id}/roster/workers/{line}/disclosure', {
      params: { path: { id: 'app-1', line: 3 } },
      body: { reason: '电话核实就业情况' },
    });
  });
});
