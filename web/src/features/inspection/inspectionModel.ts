import dayjs, { type Dayjs } from 'dayjs';
import type { components } from '../../api/generated/review-workflow-service';

/**
 * 实地查验: the record's form as the district bureau fills it in, and what the service asks before it concludes (it
 * checks all of it again; saying it here first spares a refused request).
 */

/**
 * The record as review-workflow-service answers it (GET/PUT /api/reviews/cases/{id}/inspection, POST …/conclusion).
 * It always sends the case, the application, the status and its label, the version, the earliest day, the inspectors,
 * whether the criteria are pending, the items, the attachments and whether it is editable; the date, the conclusion
 * and who saved it when are null until there is one. An item always has its key, source, code and label; a conclusion
 * and an attachment always have every field.
 */
export type InspectionView = components['schemas']['InspectionView'];
export type ItemView = components['schemas']['ItemView'];
export type Attachment = components['schemas']['Attachment'];
export type DraftRequest = components['schemas']['DraftRequest'];
export type ConclusionRequest = components['schemas']['ConclusionRequest'];
export type Finding = NonNullable<ItemView['finding']>;

export const FINDINGS: Record<Finding, { label: string; color: string }> = {
  CONFIRMED: { label: '核实属实', color: 'success' },
  DISCREPANCY: { label: '存在出入', color: 'warning' },
  NOT_APPLICABLE: { label: '不适用', color: 'default' },
};

export const SOURCES: Record<NonNullable<ItemView['source']>, string> = {
  CRITERION: '认定标准',
  SITE: '现场核查',
};

/** Inspections are made by two staff at least. */
export const MINIMUM_INSPECTORS = 2;

/** The largest photo or document (the materials' limit, as application-service takes it) and the types it takes. */
export const INSPECTION_FILES = {
  label: '实地查验记录及现场照片',
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  allowedFormats: 'PDF、JPEG、PNG',
  maxBytes: 20 * 1024 * 1024,
};

const ISO_DATE = 'YYYY-MM-DD';

export interface ItemValues {
  finding?: Finding;
  note?: string;
}

export interface InspectionValues {
  inspectedOn?: Dayjs | null;
  inspectors: string[];
  /** by the item's key */
  findings: Record<string, ItemValues>;
  attachments: Attachment[];
}

/** The form as the record was saved. */
export function valuesOf(view: InspectionView): InspectionValues {
  return {
    inspectedOn: view.inspectedOn ? dayjs(view.inspectedOn) : null,
    inspectors: [...view.inspectors!],
    findings: Object.fromEntries(view.items!.map((item) => [item.key!, { finding: item.finding ?? undefined, note: item.note ?? undefined }])),
    attachments: [...view.attachments!],
  };
}

/** The names as typed: trimmed, each once, none empty. */
export function inspectorsOf(names: string[] | undefined): string[] {
  return [...new Set((names ?? []).map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** What the service saves: the findings given, in the checklist's order, with their notes trimmed. */
export function draftOf(view: Pick<InspectionView, 'version' | 'items'>, values: InspectionValues): DraftRequest {
  const findings = view.items!.flatMap((item) => {
    const given = values.findings?.[item.key!];
    if (!given?.finding) return [];
    const note = given.note?.trim();
    return [{ item: item.key!, finding: given.finding, ...(note ? { note } : {}) }];
  });
  return {
    version: view.version!,
    // no date: none is sent (the service reads an absent date as no date)
    ...(values.inspectedOn ? { inspectedOn: values.inspectedOn.format(ISO_DATE) } : {}),
    inspectors: inspectorsOf(values.inspectors),
    findings,
    attachments: (values.attachments ?? []).map(({ fileId, name }) => ({ fileId: fileId!, name: name! })),
  };
}

/** What is still missing before a conclusion, in the service's words; empty when it may be concluded. */
export function missingForConclusion(view: Pick<InspectionView, 'items' | 'criteriaPending'>, values: InspectionValues): string[] {
  const missing: string[] = [];
  if (view.criteriaPending) missing.push('资格预审结果（认定标准的核查项在预审结果生成后列出）');
  if (!values.inspectedOn) missing.push('查验日期');
  const inspectors = inspectorsOf(values.inspectors).length;
  if (inspectors < MINIMUM_INSPECTORS) missing.push(`查验人员（至少 ${MINIMUM_INSPECTORS} 名，已填写 ${inspectors} 名）`);
  for (const item of view.items!) {
    if (!values.findings?.[item.key!]?.finding) missing.push(`核查项“${item.label}”的核查结果`);
  }
  return missing;
}

/** The days an inspection may be dated: from the day the case opened to today. */
export function outsideInspectionDays(day: Dayjs, earliest: string, today: Dayjs = dayjs()): boolean {
  return day.isAfter(today, 'day') || day.isBefore(dayjs(earliest), 'day');
}

/** The record's state as its tag says it: the conclusion once concluded. */
export function statusTag(view: Pick<InspectionView, 'status' | 'statusLabel' | 'conclusion'>): { label: string; color: string } {
  if (view.status === 'CONCLUDED' && view.conclusion) {
    return { label: view.conclusion.label!, color: view.conclusion.confirmed ? 'success' : 'error' };
  }
  return { label: view.statusLabel!, color: view.status === 'DRAFT' ? 'processing' : 'default' };
}
