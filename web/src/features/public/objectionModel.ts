import type { components } from '../../api/generated/review-workflow-service';

/** A notice as the public reads it, and one brand on its list. */
export type PublicNotice = components['schemas']['PublicNoticeView'];
export type ListedBrand = components['schemas']['ListedBrand'];
export type Receipt = components['schemas']['ReceiptView'];
export type ObjectionStatus = components['schemas']['ObjectionStatusView'];
export type LodgeRequest = components['schemas']['LodgeRequest'];

/** The content of an objection, counted as the service counts it (characters, spaces around it left out). */
export const CONTENT_MIN = 20;
export const CONTENT_MAX = 2000;

const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/** The characters a text has, as a person counts them (one per Chinese character, emoji included). */
export function lengthOf(text?: string | null): number {
  return [...(text ?? '').trim()].length;
}

/** Why the contact would be refused, or nothing: an 11-digit mobile number (spaces and hyphens allowed) or an e-mail address. */
export function contactProblem(contact?: string | null): string | undefined {
  const text = (contact ?? '').trim();
  if (!text) return '请填写联系方式，以便告知处理结果';
  if (MOBILE.test(text.replace(/[\s-]/g, '')) || (text.length <= 100 && EMAIL.test(text))) return undefined;
  return '请填写11位手机号码或有效的电子邮箱';
}

/** Why the content would be refused, or nothing. */
export function contentProblem(content?: string | null): string | undefined {
  const length = lengthOf(content);
  if (length === 0) return '请填写异议内容';
  if (length < CONTENT_MIN || length > CONTENT_MAX) {
    return `异议内容应为 ${CONTENT_MIN} 至 ${CONTENT_MAX} 个字，写明具体事实和理由（现为 ${length} 个字）`;
  }
  return undefined;
}

/** The paragraphs of a notice's body. */
export function paragraphsOf(body?: string | null): string[] {
  return (body ?? '').split('\n').filter((paragraph) => paragraph.trim() !== '');
}
