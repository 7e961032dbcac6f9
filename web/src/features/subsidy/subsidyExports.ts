/** The finance desk's documents (subsidy-service's export module): a batch's payment list and the year's disbursement statement. */

export type DocumentFormat = 'xlsx' | 'pdf';

export const FORMATS: DocumentFormat[] = ['xlsx', 'pdf'];

/** 支付清单 of a batch; the service names the file (支付清单-2026年度-20261130-1015.xlsx). */
export function paymentListUrl(batchId: string, format: DocumentFormat): string {
  return `/api/subsidies/batches/${encodeURIComponent(batchId)}/export.${format}`;
}

/** 年度奖补资金拨付明细表 of a budget year. */
export function disbursementsUrl(year: number, format: DocumentFormat): string {
  return `/api/subsidies/reports/${year}/disbursements.${format}`;
}

/** The name a download is saved under when the answer names none. */
export function fallbackName(document: 'payment-list' | 'disbursements', format: DocumentFormat, year?: number): string {
  return document === 'payment-list' ? `支付清单.${format}` : `奖补资金拨付明细表-${year}年度.${format}`;
}

/** The budget year most finance work is about: this one, in Beijing. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(now));
}
