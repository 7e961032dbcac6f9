import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createCatalogueEntry, reviseCatalogueEntry } from './resourcesApi';
import { CatalogueEntryDialog } from './CatalogueMaintenance';

vi.mock('./resourcesApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./resourcesApi')>()),
  createCatalogueEntry: vi.fn(),
  reviseCatalogueEntry: vi.fn(),
}));

const WELDING = { code: 'C-37-01', name: '船舶焊接', industrySection: 'C', industryDivision: '37', guidance: '培养船舶焊接技能人才。', active: true };

function renderDialog(entry?: typeof WELDING) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App><CatalogueEntryDialog entry={entry} onClose={vi.fn()} /></App>
    </QueryClientProvider>,
  );
}

describe('the catalogue entry dialog', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a code not shaped 门类-大类-序号, then it is explained and nothing is sent', async () => {
    renderDialog();
    await userEvent.type(screen.getByLabelText('目录编码'), 'C3701');
    await userEvent.type(screen.getByLabelText('条目名称'), '海洋工程装备涂装');
    await userEvent.type(screen.getByLabelText('建设指导'), '培养船舶涂装工。');
    await userEvent.click(screen.getByRole('button', { name: '保存条目' }));

    expect(await screen.findByText('目录编码应为“门类-大类-序号”，如 O-80-01。')).toBeInTheDocument();
    expect(createCatalogueEntry).not.toHaveBeenCalled();
  });

  it('given a new entry, then it is created active with its code in capitals', async () => {
    vi.mocked(createCatalogueEntry).mockResolvedValue({ ...WELDING, code: 'C-37-02', name: '海洋工程装备涂装' });
    renderDialog();
    await userEvent.type(screen.getByLabelText('目录编码'), 'c-37-02');
    await userEvent.type(screen.getByLabelText('条目名称'), '海洋工程装备涂装');
    await userEvent.type(screen.getByLabelText('建设指导'), '培养船舶涂装工。');
    await userEvent.click(screen.getByRole('button', { name: '保存条目' }));

    await waitFor(() => expect(createCatalogueEntry).toHaveBeenCalledWith(
      { code: 'C-37-02', name: '海洋工程装备涂装', guidance: '培养船舶涂装工。', active: true }));
  });

  it('given an entry switched off, then the revision keeps the code and is sent inactive', async () => {
    vi.mocked(reviseCatalogueEntry).mockResolvedValue({ ...WELDING, active: false });
    renderDialog(WELDING);
    expect(screen.getByLabelText('目录编码')).toBeDisabled();
    await userEvent.click(screen.getByRole('switch', { name: '启用' }));
    await userEvent.click(screen.getByRole('button', { name: '保存条目' }));

    await waitFor(() => expect(reviseCatalogueEntry).toHaveBeenCalledWith('C-37-01',
      { name: '船舶焊接', guidance: '培养船舶焊接技能人才。', active: false }));
  });
});
