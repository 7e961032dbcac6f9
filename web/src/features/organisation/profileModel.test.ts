import { ProblemError } from '../../api/problem';
import type { ProfileView } from '../../shared/profile';
import {
  ACCOUNT_NUMBER, accountNameProblem, creditCodeProblem, declarationNote, EMAIL, MOBILE, OFFICE_PHONE, profileFieldErrors,
  toProfileFormValues, toProfileRequest,
} from './profileModel';

const JINGANG: ProfileView = {
  creditCode: '912102440580649631',
  legalName: '大连金港人力资源服务有限公司',
  unitType: 'HR_SERVICE_AGENCY',
  district: '210211',
  address: '大连市甘井子区华北路 236 号',
  personInCharge: '王建国',
  officePhone: '0411-86651234',
  mobileMasked: '139****1234',
  email: 'jingang-hr@example.cn',
  bankAccount: { accountName: '大连金港人力资源服务有限公司', bankName: '中国工商银行大连甘井子支行', numberMasked: '3400 **** **** 3456' },
  declarations: [{ kind: 'INDEPENDENT_LEGAL_PERSON', declaredBy: 'applicant-a', declaredAt: '2022-11-01T04:00:00Z' }],
  missingDeclarations: ['BRAND_OWNERSHIP', 'LAWFUL_OPERATION'],
  version: 3,
};

describe('the unit\'s credit code', () => {
  it('takes the demo units\' codes, whose check character is right', () => {
    expect(creditCodeProblem('912102440580649631')).toBeUndefined();
    expect(creditCodeProblem('912102422418131093')).toBeUndefined();
  });

  it('says in Chinese what is wrong, as the service does', () => {
    expect(creditCodeProblem('')).toBe('请填写统一社会信用代码。');
    expect(creditCodeProblem('91210244058064963')).toBe('统一社会信用代码应为 18 位，您填写了 17 位。');
    expect(creditCodeProblem('91210244058064963I')).toContain('第 18 位“I”不是允许的字符');
    expect(creditCodeProblem('912102440580649632')).toBe('统一社会信用代码的校验位（第 18 位）不正确，请核对营业执照。');
  });
});

describe('the formats the service checks', () => {
  it('takes a mobile of 11 digits starting 13–19', () => {
    expect(MOBILE.test('13904111234')).toBe(true);
    expect(MOBILE.test('12904111234')).toBe(false);
    expect(MOBILE.test('1390411123')).toBe(false);
  });

  it('takes an office phone with or without the area code and extension, or a mobile', () => {
    expect(OFFICE_PHONE.test('0411-86651234')).toBe(true);
    expect(OFFICE_PHONE.test('041186651234')).toBe(true);
    expect(OFFICE_PHONE.test('86651234-8001')).toBe(true);
    expect(OFFICE_PHONE.test('13904111234')).toBe(true);
    expect(OFFICE_PHONE.test('0411-866')).toBe(false);
  });

  it('takes an e-mail address and an account number of 8 to 30 digits', () => {
    expect(EMAIL.test('jingang-hr@example.cn')).toBe(true);
    expect(EMAIL.test('jingang-hr@')).toBe(false);
    expect(ACCOUNT_NUMBER.test('3400200109000123456')).toBe(true);
    expect(ACCOUNT_NUMBER.test('1234567')).toBe(false);
    expect(ACCOUNT_NUMBER.test('1'.repeat(31))).toBe(false);
  });

  it('wants the account in the unit\'s legal name', () => {
    expect(accountNameProblem('大连金港人力资源服务有限公司', '大连金港人力资源服务有限公司 ')).toBeUndefined();
    expect(accountNameProblem('王建国', '大连金港人力资源服务有限公司'))
      .toBe('账户名称应与单位名称“大连金港人力资源服务有限公司”一致：补贴只拨付到以本单位名称开立的账户。');
    expect(accountNameProblem(' ', '大连金港人力资源服务有限公司')).toBe('请填写账户名称');
  });
});

describe('the profile in the form and back', () => {
  it('starts a first profile from the signed-in unit\'s code', () => {
    expect(toProfileFormValues(null, '912102440580649631')).toEqual({ creditCode: '912102440580649631', bankAccount: {}, declarations: [] });
  });

  it('shows a stored profile with the masked mobile and account number left empty, to be kept', () => {
    const values = toProfileFormValues(JINGANG, '912102440580649631');
    expect(values.mobile).toBe('');
    expect(values.bankAccount).toEqual({ accountName: '大连金港人力资源服务有限公司', bankName: '中国工商银行大连甘井子支行', number: '' });
    expect(values.declarations).toEqual(['INDEPENDENT_LEGAL_PERSON']);
  });

  it('sends the texts trimmed, the account number without spaces, and leaves out what is empty to keep it', () => {
    const request = toProfileRequest({
      ...toProfileFormValues(JINGANG, '912102440580649631'),
      address: ' 大连市甘井子区华北路 238 号 ',
      declarations: ['INDEPENDENT_LEGAL_PERSON', 'BRAND_OWNERSHIP', 'LAWFUL_OPERATION'],
    });
    expect(request.address).toBe('大连市甘井子区华北路 238 号');
    expect(request.mobile).toBeUndefined();
    expect(request.bankAccount.number).toBeUndefined();
    expect(request.declarations).toHaveLength(3);
    expect(toProfileRequest({ bankAccount: { number: '3400 2001 0900 0123 456' } }).bankAccount.number).toBe('3400200109000123456');
  });

  it('says who made a declaration and when', () => {
    expect(declarationNote(JINGANG.declarations![0])).toBe('由 applicant-a 于 2022年11月1日 确认');
    expect(declarationNote(undefined)).toBeUndefined();
  });
});

describe('the service\'s refusals at the profile\'s fields', () => {
  it('places each field error at its field, nested ones included', () => {
    const refused = new ProblemError({
      status: 400, code: 'VALIDATION_FAILED', detail: '提交的数据未通过校验',
      errors: [
        { field: 'officePhone', message: '办公电话格式不正确，例如 0411-86651234' },
        { field: 'bankAccount.number', message: '银行账号应为 8 至 30 位数字' },
        { field: 'declarations[]', message: '承诺事项不正确' },
      ],
    }, 400);
    expect(profileFieldErrors(refused)).toEqual([
      { name: ['officePhone'], errors: ['办公电话格式不正确，例如 0411-86651234'] },
      { name: ['bankAccount', 'number'], errors: ['银行账号应为 8 至 30 位数字'] },
      { name: ['declarations'], errors: ['承诺事项不正确'] },
    ]);
  });

  it('places a rule\'s refusal at the field it names, or at the field its code concerns', () => {
    const accountName = new ProblemError({
      status: 422, code: 'BANK_ACCOUNT_NAME_MISMATCH', field: 'bankAccount.accountName', detail: '收款账户名称“王建国”与单位名称不一致',
    }, 422);
    expect(profileFieldErrors(accountName)).toEqual([{ name: ['bankAccount', 'accountName'], errors: ['收款账户名称“王建国”与单位名称不一致'] }]);
    const closed = new ProblemError({ status: 422, code: 'DISTRICT_NOT_ACCEPTING', detail: '长海县目前不受理劳务品牌申报。' }, 422);
    expect(profileFieldErrors(closed)).toEqual([{ name: ['district'], errors: ['长海县目前不受理劳务品牌申报。'] }]);
    const mismatch = new ProblemError({ status: 403, code: 'ORG_ID_MISMATCH', detail: '只能维护本单位的档案。' }, 403);
    expect(profileFieldErrors(mismatch)[0].name).toEqual(['creditCode']);
  });

  it('places nothing for a refusal that names no field of the form', () => {
    expect(profileFieldErrors(new ProblemError({ status: 412, detail: '单位档案已被他人修改' }, 412))).toEqual([]);
    expect(profileFieldErrors(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
