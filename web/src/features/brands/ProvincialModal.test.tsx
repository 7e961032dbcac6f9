import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { recordProvincial, uploadProvincialDocument, type StoredFileView } from './lifecycleApi';
import { ProvincialModal } from './ProvincialModal';

vi.mock('./lifecycleApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./lifecycleApi')>()),
  uploadProvincialDocument: vi.fn(),
  recordProvincial: vi.fn(),
}));

const BRAND_ID = '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61';

/** The province's decision naming 大连金港家政服务师劳务品牌 a provincial labour brand, as scanned by the leading group office. */
const DECISION: StoredFileView = {
  id: 'c5d6e7f8-1a2b-4c3d-9e8f-0a1b2c3d4e5f',
  name: '辽人社〔2026〕88号.pdf',
  contentType: 'application/pdf',
  sizeBytes: 182_044,
  sha256: '4f2a9c0d7e1b3a5c6d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e',
  uploadedAt: '2026-12-01T02:00:00Z',
};

function renderModal(onClose = vi.fn()) {
  const rendered = render(
    <QueryClientProvider client={new QueryClient()}>
      <App><ProvincialModal brandId={BRAND_ID} brandName="大连金港家政服务师劳务品牌" open onClose={onClose} /></App>
    </QueryClientProvider>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: '录入省级认定：大连金港家政服务师劳务品牌' }), ...rendered };
}

async function uploadDecision(dialog: HTMLElement) {
  vi.mocked(uploadProvincialDocument).mockResolvedValue(DECISION);
  await userEvent.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement,
    new File(['%PDF-1.4'], '辽人社〔2026〕88号.pdf', { type: 'application/pdf' }));
  expect(await within(dialog).findByText(/辽人社〔2026〕88号\.pdf（SHA-256 4f2a9c0d7e1b…）/)).toBeInTheDocument();
}

async function fill(dialog: HTMLElement, reference: string, date: string) {
  await userEvent.type(within(dialog).getByLabelText('决定文号'), reference);
  await userEvent.type(within(dialog).getByLabelText('认定日期'), `${date}{Enter}`);
}

describe('录入省级认定', () => {
  afterEach(() => vi.clearAllMocks());

  it('given no decision document yet, then it cannot be recorded', () => {
    const { dialog } = renderModal();

    expect(within(dialog).getByRole('button', { name: '录 入' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: /上传文件/ })).toBeInTheDocument();
  });

  it('given the document uploaded but no reference or date, then both are asked for and nothing is sent', async () => {
    const { dialog } = renderModal();
    await uploadDecision(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: '录 入' }));

    expect(await within(dialog).findByText('请填写省级认定的决定文号。')).toBeInTheDocument();
    expect(within(dialog).getByText('请选择认定日期。')).toBeInTheDocument();
    expect(recordProvincial).not.toHaveBeenCalled();
  });

  it('given the document, its reference and date, then the certification is recorded with the document and the dialog closes', async () => {
    vi.mocked(recordProvincial).mockResolvedValue({ decisionReference: '辽人社〔2026〕88号', decidedOn: '2026-11-25', document: DECISION,
      recordedBy: 'leading-group', recordedAt: '2026-12-01T02:05:00Z' });
    const { dialog, onClose } = renderModal();
    await uploadDecision(dialog);
    expect(within(dialog).getByRole('button', { name: /重新上传/ })).toBeInTheDocument();

    await fill(dialog, ' 辽人社〔2026〕88号 ', '2026-11-25');
    await userEvent.click(within(dialog).getByRole('button', { name: '录 入' }));

    await waitFor(() => expect(recordProvincial).toHaveBeenCalledWith(BRAND_ID, '辽人社〔2026〕88号', '2026-11-25', DECISION.id));
    expect(uploadProvincialDocument).toHaveBeenCalledWith(BRAND_ID, expect.any(File), expect.any(Function));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('省级认定已录入。')).toBeInTheDocument();
  });

  it('given a decision dated before the city certification, then the registry\'s sentence shows and the dialog stays', async () => {
    vi.mocked(recordProvincial).mockRejectedValue(new ProblemError({ status: 422, code: 'PROVINCIAL_BEFORE_CERTIFICATION',
      detail: '省级认定日期不能早于本市认定日期。' }, 422));
    const { dialog, onClose } = renderModal();
    await uploadDecision(dialog);

    await fill(dialog, '辽人社〔2021〕3号', '2021-06-30');
    await userEvent.click(within(dialog).getByRole('button', { name: '录 入' }));

    expect(await within(dialog).findByText('省级认定日期不能早于本市认定日期。')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('given the upload is refused, then the reason is shown and nothing can be recorded', async () => {
    vi.mocked(uploadProvincialDocument).mockRejectedValue(new ProblemError({ status: 415, code: 'TYPE_NOT_ALLOWED',
      detail: '只接受 PDF 文档或 JPEG、PNG 图片。' }, 415));
    const { dialog } = renderModal();

    await userEvent.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['%PDF-1.4'], '辽人社〔2026〕88号.pdf', { type: 'application/pdf' }));

    expect(await screen.findByText('只接受 PDF 文档或 JPEG、PNG 图片。')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '录 入' })).toBeDisabled();
  });
});
