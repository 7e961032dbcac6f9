import type { components } from '../../api/generated/application-service';

/**
 * The on-site inspection's API as review-workflow-service answers it (GET/PUT /api/reviews/cases/{id}/inspection, POST
 * …/inspection/conclusion), written out here until src/api/generated is regenerated from the services' OpenAPI documents
 * with these endpoints in them; then these types become the generated InspectionView, DraftRequest and ConclusionRequest.
 */

export type Finding = 'CONFIRMED' | 'DISCREPANCY' | 'NOT_APPLICABLE';
export type InspectionStatus = 'NOT_STARTED' | 'DRAFT' | 'CONCLUDED';
export type ItemSource = 'CRITERION' | 'SITE';

export interface InspectionItem {
  /** CRITERION:TRAINED_COUNT, SITE:LABOUR_RULES */
  key: string;
  source: ItemSource;
  code: string;
  label: string;
  toVerify?: string;
  finding?: Finding | null;
  findingLabel?: string | null;
  note?: string | null;
}

export interface InspectionAttachment {
  fileId: string;
  name: string;
}

export interface InspectionConclusion {
  confirmed: boolean;
  /** 查验属实 or 查验不属实 */
  label: string;
  text: string;
  concludedBy: string;
  concludedAt: string;
}

export interface InspectionView {
  caseId: string;
  applicationId: string;
  status: InspectionStatus;
  statusLabel: string;
  /** sent back with the next save or the conclusion (0 before the first save) */
  version: number;
  /** the day the case opened: no inspection is dated before it */
  earliestInspectedOn: string;
  inspectedOn?: string | null;
  inspectors: string[];
  /** the pre-check has not arrived: its criteria will join the checklist then */
  criteriaPending: boolean;
  items: InspectionItem[];
  attachments: InspectionAttachment[];
  conclusion?: InspectionConclusion | null;
  /** whether the caller may save or conclude it now */
  editable: boolean;
  savedBy?: string | null;
  savedAt?: string | null;
}

export interface InspectionDraft {
  version: number;
  inspectedOn: string | null;
  inspectors: string[];
  findings: { item: string; finding: Finding; note?: string }[];
  attachments: InspectionAttachment[];
}

export interface InspectionConclusionRequest {
  version: number;
  confirmed: boolean;
  conclusion: string;
}

/** The paths in openapi-typescript's shape, so that the review client carries the token and reads problems as for every call. */
export interface InspectionPaths {
  '/api/reviews/cases/{id}/inspection': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: Read<InspectionView>;
    put: Write<InspectionDraft, InspectionView>;
  };
  '/api/reviews/cases/{id}/inspection/conclusion': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: Write<InspectionConclusionRequest, InspectionView>;
  };
}

interface Read<Answer> {
  parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
  requestBody?: never;
  responses: { 200: { headers: { [name: string]: unknown }; content: { '*/*': Answer } } };
}

interface Write<Body, Answer> extends Omit<Read<Answer>, 'requestBody'> {
  requestBody: { content: { 'application/json': Body } };
}

/** An inspection file as application-service answers its upload (the materials' FileView). */
export type InspectionFile = components['schemas']['FileView'];
