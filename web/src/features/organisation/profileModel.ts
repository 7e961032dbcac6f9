import { ProblemError } from '../../api/problem';
import type { ProfileRequest, ProfileView } from '../../shared/profile';
import { formatDate } from '../../shared/format';
import type { DeclarationKind, UnitType } from '../../shared/vocabulary';

/** What the profile form (单位档案) holds, how it becomes the API's ProfileRequest, and the checks the service makes too. */

export interface ProfileFormValues {
  creditCode?: string;
  legalName?: string;
  unitType?: UnitType;
  district?: string;
  address?: string;
  personInCharge?: string;
  officePhone?: string;
  /** empty to keep the stored (masked) one */
  mobile?: string;
  email?: string;
  bankAccount?: {
    accountName?: string;
    bankName?: string;
    /** empty to keep the stored (masked) one */
    number?: string;
  };
  declarations?: DeclarationKind[];
}

export type ProfilePath = [string] | [string, string];

/** The characters of a credit code in the order of their values 0–30 (I, O, S, V and Z never occur), GB 32100-2015. */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a Unified Social Credit Code, in the service's words; undefined when it is valid. */
export function creditCodeProblem(code: string | undefined): string | undefined {
  if (!code?.trim()) return '请填写统一社会信用代码。';
  if (code.length !== 18) return `统一社会信用代码应为 18 位，您填写了 ${code.length} 位。`;
  const values = [...code].map((character) => CREDIT_CODE_CHARACTERS.indexOf(character));
  const wrong = values.findIndex((value) => value < 0);
  if (wrong >= 0) {
    return `统一社会信用代码第 ${wrong + 1} 位“${code[wrong]}”不是允许的字符（只用数字和大写字母，不含 I、O、S、V、Z）。`;
  }
  const sum = CREDIT_CODE_WEIGHTS.reduce((total, weight, index) => total + values[index] * weight, 0);
  if (CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31] !== code[17]) {
    return '统一社会信用代码的校验位（第 18 位）不正确，请核对营业执照。';
  }
  return undefined;
}

export const MOBILE = /^1[3-9]\d{9}$/;
export const OFFICE_PHONE = /^((0\d{2,3}-?)?\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ACCOUNT_NUMBER = /^\d{8,30}$/;

/** An account number as the person typed it, without the spaces banks print in groups of four. */
export function accountDigits(number: string | undefined): string {
  return (number ?? '').replace(/\s+/g, '');
}

/** The account must be in the unit's legal name: the subsidy is paid only to an account of the unit itself. */
export function accountNameProblem(accountName: string | undefined, legalName: string | undefined): string | undefined {
  const name = accountName?.trim() ?? '';
  if (!name) return '请填写账户名称';
  if (legalName?.trim() && name !== legalName.trim()) {
    return `账户名称应与单位名称“${legalName.trim()}”一致：补贴只拨付到以本单位名称开立的账户。`;
  }
  return undefined;
}

/** The form's values for the stored profile, or for a first profile of the organisation the person signs in for. */
export function toProfileFormValues(profile: ProfileView | null | undefined, orgId: string | undefined): ProfileFormValues {
  if (!profile) {
    return { creditCode: orgId, bankAccount: {}, declarations: [] };
  }
  return {
    creditCode: profile.creditCode ?? orgId,
    legalName: profile.legalName,
    unitType: profile.unitType,
    district: profile.district,
    address: profile.address,
    personInCharge: profile.personInCharge,
    officePhone: profile.officePhone,
    mobile: '',
    email: profile.email,
    bankAccount: { accountName: profile.bankAccount?.accountName, bankName: profile.bankAccount?.bankName, number: '' },
    declarations: profile.declarations?.map((declaration) => declaration.kind!) ?? [],
  };
}

/** What to send: trimmed; an empty mobile or account number is left out, which keeps the stored one. */
export function toProfileRequest(values: ProfileFormValues): ProfileRequest {
  const trimmed = (text: string | undefined) => text?.trim() ?? '';
  const mobile = trimmed(values.mobile);
  const number = accountDigits(values.bankAccount?.number);
  return {
    creditCode: trimmed(values.creditCode),
    legalName: trimmed(values.legalName),
    unitType: values.unitType!,
    district: values.district ?? '',
    address: trimmed(values.address),
    personInCharge: trimmed(values.personInCharge),
    officePhone: trimmed(values.officePhone),
    mobile: mobile || undefined,
    email: trimmed(values.email),
    bankAccount: {
      accountName: trimmed(values.bankAccount?.accountName),
      bankName: trimmed(values.bankAccount?.bankName),
      number: number || undefined,
    },
    declarations: values.declarations ?? [],
  };
}

/** The field a refusal without field errors concerns, by its code, when the problem does not name it. */
const FIELD_OF_CODE: Record<string, string> = {
  CREDIT_CODE_INVALID: 'creditCode',
  ORG_ID_MISMATCH: 'creditCode',
  DISTRICT_UNKNOWN: 'district',
  DISTRICT_NOT_ACCEPTING: 'district',
  BANK_ACCOUNT_NAME_MISMATCH: 'bankAccount.accountName',
};

const FORM_FIELDS = [
  'creditCode', 'legalName', 'unitType', 'district', 'address', 'personInCharge', 'officePhone', 'mobile', 'email',
  'bankAccount.accountName', 'bankAccount.bankName', 'bankAccount.number', 'declarations',
];

/**
 * The service's refusal as errors at the form's fields: its field errors (VALIDATION_FAILED), or the one field a
 * rule's problem names (`field`, or known by its code), with the problem's Chinese detail. Empty when it names no
 * field of the form; the detail is then shown above the form.
 */
export function profileFieldErrors(error: unknown): { name: ProfilePath; errors: string[] }[] {
  if (!(error instanceof ProblemError)) return [];
  const named = error.fieldErrors.length > 0
    ? error.fieldErrors
    : [{ field: typeof error.problem.field === 'string' ? error.problem.field : FIELD_OF_CODE[error.code ?? ''], message: error.message }];
  const byField = new Map<string, string[]>();
  for (const { field, message } of named) {
    // declarations[] and declarations[0] are the declarations
    const path = field?.replace(/\[\d*\]$/, '');
    if (path && FORM_FIELDS.includes(path)) {
      byField.set(path, [...(byField.get(path) ?? []), message]);
    }
  }
  return [...byField.entries()].map(([path, errors]) => ({ name: path.split('.') as ProfilePath, errors }));
}

/** 由 applicant-a 于 2022年11月22日 确认 */
export function declarationNote(declaration: { declaredBy?: string; declaredAt?: string } | undefined): string | undefined {
  return declaration ? `由 ${declaration.declaredBy ?? '—'} 于 ${formatDate(declaration.declaredAt)} 确认` : undefined;
}
