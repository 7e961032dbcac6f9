/**
 * The registry's supervision answers (brand-registry-service README, "API"), typed here until the generated registry
 * types carry them.
 */

export type InspectionRating = 'QUALIFIED' | 'BASICALLY_QUALIFIED' | 'UNQUALIFIED';

export interface TrainingInspection {
  id: string;
  brandId: string;
  inspectedOn: string;
  place: string;
  inspectors: string[];
  itemsChecked: string[];
  findings: string;
  rating: InspectionRating;
  ratingLabel: string;
  followUp: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface InspectionRequest {
  inspectedOn: string;
  place: string;
  inspectors: string[];
  itemsChecked: string[];
  findings: string;
  rating: InspectionRating;
  followUp?: string;
}

export type Reach = 'REACHED' | 'UNREACHABLE';
export type Employment = 'CONFIRMED' | 'NOT_CONFIRMED';

/** A quarter's results; a rate with nothing to divide by is null. Rates are fractions (0.75 = 75 %). */
export interface QuarterSummary {
  quarter: string;
  sampled: number;
  pending: number;
  reached: number;
  unreachable: number;
  employmentConfirmed: number;
  employmentNotConfirmed: number;
  complaints: number;
  reachRate: number | null;
  confirmationRate: number | null;
  complaintRate: number | null;
  drawnBy: string;
  drawnAt: string;
}

/** One line of the call list: name and phone only ever masked. */
export interface Call {
  position: number;
  rosterLine: number;
  year: number;
  employer: string;
  maskedName: string;
  maskedPhone: string;
  reach: Reach | null;
  reachLabel: string | null;
  employment: Employment | null;
  employmentLabel: string | null;
  complaint: boolean | null;
  note: string | null;
  calledBy: string | null;
  calledAt: string | null;
  reveals: number;
}

export interface CallList {
  brandId: string;
  quarter: string;
  seed: string;
  size: number;
  rosterSize: number;
  sampleMaximum: number;
  sampleShare: number;
  drawnBy: string;
  drawnAt: string;
  summary: QuarterSummary;
  calls: Call[];
}

export interface OutcomeRequest {
  reach: Reach;
  employment?: Employment;
  complaint?: boolean;
  note?: string;
}

/** One call's worker in full: shown once, never kept. */
export interface Revealed {
  position: number;
  name: string;
  phone: string;
}
