import dayjs from 'dayjs';
import { draftOf, inspectorsOf, missingForConclusion, outsideInspectionDays, statusTag, valuesOf } from './inspectionModel';
import type { InspectionView } from './inspectionModel';

const JINGANG = {
  caseId: '7b2e1d4f-6c3e-4f90-8b21-3c4d5e6f7081',
  applicationId: '6a1f0c3e-5b2d-4e8f-9a10-2b3c4d5e6f70',
  status: 'DRAFT',
  statusLabel: '填写中',
  version: 2,
  earliestInspectedOn: '2022-11-14',
  inspectedOn: '2022-11-17',
  inspectors: ['王立新'],
  criteriaPending: false,
  items: [
    { key: 'CRITERION:TRAINED_COUNT', source: 'CRITERION', code: 'TRAINED_COUNT', label: '培训人数', toVerify: '2021 年申报 1120 人', finding: 'CONFIRMED' },
    { key: 'SITE:LABOUR_RULES', source: 'SITE', code: 'LABOUR_RULES', label: '劳动规章制度', toVerify: '查看劳动规章制度文本' },
  ],
  attachments: [{ fileId: '2a3b4c5d-6e7f-4a81-9b2c-3d4e5f607182', name: '培训场地照片.jpg' }],
  editable: true,
} satisfies InspectionView;

describe('the inspection record form', () => {
  it('given a saved record, then the form starts from its date, inspectors, findings and attachments', () => {
    const values = valuesOf(JINGANG);

    expect(values.inspectedOn?.format('YYYY-MM-DD')).toBe('2022-11-17');
    expect(values.inspectors).toEqual(['王立新']);
    expect(values.findings['CRITERION:TRAINED_COUNT']).toEqual({ finding: 'CONFIRMED', note: undefined });
    expect(values.findings['SITE:LABOUR_RULES'].finding).toBeUndefined();
    expect(values.attachments).toHaveLength(1);
  });

  it('given findings, names and notes as typed, then the draft sends the findings given in checklist order with trimmed notes, on the version read', () => {
    const draft = draftOf(JINGANG, {
      inspectedOn: dayjs('2022-11-18'),
      inspectors: [' 王立新 ', '刘佳', '王立新', ' '],
      findings: {
        'SITE:LABOUR_RULES': { finding: 'DISCREPANCY', note: '  规章制度未经职工代表大会讨论通过。 ' },
        'CRITERION:TRAINED_COUNT': { finding: 'CONFIRMED', note: '   ' },
      },
      attachments: JINGANG.attachments,
    });

    expect(draft).toEqual({
      version: 2,
      inspectedOn: '2022-11-18',
      inspectors: ['王立新', '刘佳'],
      findings: [
        { item: 'CRITERION:TRAINED_COUNT', finding: 'CONFIRMED' },
        { item: 'SITE:LABOUR_RULES', finding: 'DISCREPANCY', note: '规章制度未经职工代表大会讨论通过。' },
      ],
      attachments: JINGANG.attachments,
    });
  });

  it('given no date, then the draft saves none', () => {
    expect(draftOf(JINGANG, { inspectedOn: null, inspectors: [], findings: {}, attachments: [] })).not.toHaveProperty('inspectedOn');
  });

  it('given one inspector and an item unverified, then the conclusion waits for them, said as the service says it', () => {
    expect(missingForConclusion(JINGANG, valuesOf(JINGANG))).toEqual([
      '查验人员（至少 2 名，已填写 1 名）',
      '核查项“劳动规章制度”的核查结果',
    ]);
  });

  it('given no pre-check and no date, then the conclusion waits for both', () => {
    expect(missingForConclusion({ ...JINGANG, criteriaPending: true, items: [] }, { inspectedOn: null, inspectors: ['王立新', '刘佳'], findings: {}, attachments: [] }))
      .toEqual(['资格预审结果（认定标准的核查项在预审结果生成后列出）', '查验日期']);
  });

  it('given everything, then nothing is missing', () => {
    const values = { ...valuesOf(JINGANG), inspectors: ['王立新', '刘佳'] };
    values.findings['SITE:LABOUR_RULES'] = { finding: 'NOT_APPLICABLE' };

    expect(missingForConclusion(JINGANG, values)).toEqual([]);
  });

  it('names each inspector once, trimmed', () => {
    expect(inspectorsOf(['王立新', ' 王立新', '', '刘佳 '])).toEqual(['王立新', '刘佳']);
    expect(inspectorsOf(undefined)).toEqual([]);
  });

  it('dates an inspection from the day the case opened to today', () => {
    const today = dayjs('2022-11-18');
    expect(outsideInspectionDays(dayjs('2022-11-13'), '2022-11-14', today)).toBe(true);
    expect(outsideInspectionDays(dayjs('2022-11-14'), '2022-11-14', today)).toBe(false);
    expect(outsideInspectionDays(dayjs('2022-11-18'), '2022-11-14', today)).toBe(false);
    expect(outsideInspectionDays(dayjs('2022-11-19'), '2022-11-14', today)).toBe(true);
  });

  it('tags a concluded record with its conclusion, a draft as being filled in', () => {
    expect(statusTag(JINGANG)).toEqual({ label: '填写中', color: 'processing' });
    expect(statusTag({ status: 'CONCLUDED', statusLabel: '已作出查验结论', conclusion: { confirmed: false, label: '查验不属实', text: '…', concludedBy: 'reviewer-ganjingzi', concludedAt: '2022-11-18T06:00:00Z' } }))
      .toEqual({ label: '查验不属实', color: 'error' });
  });
});
