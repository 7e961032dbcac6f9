import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { concludeInspection, fetchInspection, saveInspection, uploadInspectionFile } from './inspectionApi';
import { InspectionCard } from './InspectionCard';
import type { InspectionView } from './inspectionModel';

vi.mock('./inspectionApi', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./inspectionApi')>()),
  fetchInspection: vi.fn(),
  saveInspection: vi.fn(),
  concludeInspection: vi.fn(),
  uploadInspectionFile: vi.fn(),
}));

const CASE = '7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081';
const PHOTO = { fileId: '2a3b4c5d-6e7f-4a81-9b2c-3d4e5f607182', name: '培训场地照片.jpg' };
const CONCLUSION = '经实地查验，营业执照原件、培训场地及培训记录与申报材料一致，查验属实。';

/** 大连金港人力资源服务有限公司's record as the 甘井子 bureau left it: every item verified, ready to conclude. */
const DRAFT = {
  caseId: CASE,
  applicationId: '6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70',
  status: 'DRAFT',
  statusLabel: '填写中',
  version: 2,
  earliestInspectedOn: '2022-11-14',
  inspectedOn: '2022-11-17',
  inspectors: ['王立新', '刘佳'],
  criteriaPending: false,
  items: [
    { key: 'CRITERION:TRAINED_COUNT', source: 'CRITERION', code: 'TRAINED_COUNT', label: '培训人数',
      toVerify: '2021 年申报 1120 人，花名册核实 1103 人', finding: 'DISCREPANCY', findingLabel: '存在出入', note: '签到表合计 1098 人。' },
    { key: 'SITE:LABOUR_RULES', source: 'SITE', code: 'LABOUR_RULES', label: '劳动规章制度', toVerify: '查看劳动规章制度文本', finding: 'CONFIRMED',
      findingLabel: '核实属实' },
  ],
  attachments: [PHOTO],
  editable: true,
  savedBy: 'reviewer-ganjingzi',
  savedAt: '2022-11-17T08:00:00Z',
} satisfies InspectionView;

const CONCLUDED: InspectionView = {
  ...DRAFT,
  status: 'CONCLUDED',
  statusLabel: '已作出查验结论',
  version: 4,
  editable: false,
  conclusion: { confirmed: true, label: '查验属实', text: CONCLUSION, concludedBy: 'reviewer-ganjingzi', concludedAt: '2022-11-18T06:00:00Z' },
};

function renderCard(view: InspectionView) {
  vi.mocked(fetchInspection).mockResolvedValue(view);
  const utils = render(
    <QueryClientProvider client={new QueryClient()}>
      <App><InspectionCard caseId={CASE} /></App>
    </QueryClientProvider>,
  );
  return utils;
}

describe('the on-site inspection card', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a concluded record, then it reads the conclusion, the inspectors and the findings, and offers no change', async () => {
    renderCard(CONCLUDED);

    expect(await screen.findByText('查验结论：查验属实')).toBeInTheDocument();
    expect(screen.getByText(CONCLUSION)).toBeInTheDocument();
    expect(screen.getByText('王立新、刘佳')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /培训人数/ })).toHaveTextContent('存在出入签到表合计 1098 人。');
    expect(screen.getByRole('row', { name: /劳动规章制度/ })).toHaveTextContent('核实属实');
    expect(screen.getByRole('button', { name: `下载 ${PHOTO.name}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存查验记录' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '作出查验结论' })).not.toBeInTheDocument();
  });

  it('given a discrepancy whose note was cleared, when saved, then the note is asked for and nothing is sent', async () => {
    renderCard(DRAFT);
    const note = await screen.findByLabelText('培训人数的说明');
    await userEvent.clear(note);
    await userEvent.click(screen.getByRole('button', { name: '保存查验记录' }));

    expect(await screen.findByText('存在出入的，请写明出入情况')).toBeInTheDocument();
    expect(saveInspection).not.toHaveBeenCalled();
  });

  it('given one inspector only, when concluding, then what is missing is listed and no dialog opens', async () => {
    renderCard({ ...DRAFT, inspectors: ['王立新'] });
    await userEvent.click(await screen.findByRole('button', { name: '作出查验结论' }));

    expect(await screen.findByText('查验人员（至少 2 名，已填写 1 名）')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('given a complete record, when concluded in the dialog, then it is saved on its version, concluded on the saved one, and shown locked', async () => {
    vi.mocked(saveInspection).mockResolvedValue({ ...DRAFT, version: 3 });
    vi.mocked(concludeInspection).mockResolvedValue(CONCLUDED);
    renderCard(DRAFT);
    await userEvent.click(await screen.findByRole('button', { name: '作出查验结论' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('作出结论后，查验记录将锁定，不能再修改。')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('查验属实'));
    await userEvent.type(within(dialog).getByLabelText('结论意见'), `  ${CONCLUSION}`);
    await userEvent.click(within(dialog).getByRole('button', { name: '确认作出结论' }));

    await waitFor(() => expect(concludeInspection).toHaveBeenCalledWith(CASE, { version: 3, confirmed: true, conclusion: CONCLUSION }));
    expect(saveInspection).toHaveBeenCalledWith(CASE, {
      version: 2,
      inspectedOn: '2022-11-17',
      inspectors: ['王立新', '刘佳'],
      findings: [
        { item: 'CRITERION:TRAINED_COUNT', finding: 'DISCREPANCY', note: '签到表合计 1098 人。' },
        { item: 'SITE:LABOUR_RULES', finding: 'CONFIRMED' },
      ],
      attachments: [PHOTO],
    });
    expect(await screen.findByText('查验结论：查验属实')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存查验记录' })).not.toBeInTheDocument();
  });

  it('given a photo chosen, when it is uploaded, then it joins the record that is saved', async () => {
    vi.mocked(uploadInspectionFile).mockImplementation(async (_application, file, onProgress) => {
      onProgress(100);
      return { id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', label: file.name, contentType: 'image/jpeg', sizeBytes: file.size };
    });
    vi.mocked(saveInspection).mockImplementation(async (_case, draft) => ({ ...DRAFT, version: 3, attachments: draft.attachments }));
    const { container } = renderCard(DRAFT);
    await screen.findByRole('button', { name: '保存查验记录' });
    await userEvent.upload(container.querySelector<HTMLInputElement>('input[type=file]')!,
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], '花名册抽查现场.jpg', { type: 'image/jpeg' }));

    expect(await screen.findByRole('button', { name: '下载 花名册抽查现场.jpg' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存查验记录' }));
    await waitFor(() => expect(saveInspection).toHaveBeenCalled());
    expect(vi.mocked(saveInspection).mock.calls[0][1].attachments).toEqual([PHOTO,
      { fileId: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: '花名册抽查现场.jpg' }]);
    expect(await screen.findByText('查验记录已保存。')).toBeInTheDocument();
  });

  it('given names typed into the inspectors, each ended by Enter or a separator, then each is saved as an inspector', async () => {
    vi.mocked(saveInspection).mockImplementation(async (_case, draft) => ({ ...DRAFT, version: 3, inspectors: draft.inspectors }));
    renderCard({ ...DRAFT, inspectors: [] });
    const inspectors = await screen.findByRole('combobox', { name: '查验人员' });
    await userEvent.type(inspectors, '王立新{Enter}');
    await userEvent.type(inspectors, '刘佳，');
    await userEvent.click(screen.getByRole('button', { name: '保存查验记录' }));

    await waitFor(() => expect(saveInspection).toHaveBeenCalled());
    expect(vi.mocked(saveInspection).mock.calls[0][1].inspectors).toEqual(['王立新', '刘佳']);
  });

  it('given no pre-check yet, then it says the criteria will join the checklist', async () => {
    renderCard({ ...DRAFT, criteriaPending: true, items: [DRAFT.items[1]] });

    expect(await screen.findByText('资格预审结果尚未生成')).toBeInTheDocument();
  });
});
