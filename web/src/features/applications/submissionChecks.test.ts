import { ProblemError } from '../../api/problem';
import { findingsOf, groupFindings, type Finding } from './submissionChecks';

const CAMPAIGN_YEARS = [2021, 2022];

const FINDINGS: Finding[] = [
  { code: 'LABOUR_PRACTICE_MISSING', field: 'labourPractice', message: '请填写劳动合同签订、用工备案、集体合同等权益保障情况。' },
  { code: 'YEAR_MISSING', field: 'declaredYears', message: '请填写 2022 年度的培训、就业等数据。' },
  { code: 'PLACE_MISSING', field: 'brandName', message: '区级劳务品牌名称应在“大连”之后写明所在区市县或先导区，例如“大连甘井子…”。' },
  { code: 'DECLARATION_MISSING', field: 'declarations', message: '请在单位档案中确认承诺：本单位拥有申报品牌的名称或商标，品牌权属清晰。' },
  { code: 'CITY_BRAND_NAME_MISSING', field: 'cityBrandName', message: '同时申报市级时，请按市级命名规则另填市级品牌名称。' },
  { code: 'OCCUPATION_MISSING', field: 'brandName', message: '名称中“劳务品牌”之前的“家政服务”没有以工种结尾。' },
  { code: 'CAMPAIGN_WINDOW_CLOSED', field: 'campaign', message: '2022年度劳务品牌申报的申报时间为…，已截止。' },
  { code: 'SOMETHING_NEW', field: 'attachments', message: '请上传营业执照。' },
];

describe('the check list before submission', () => {
  it('groups the findings by field in the order the unit meets them: profile, campaign, then the form step by step', () => {
    const groups = groupFindings(FINDINGS, CAMPAIGN_YEARS);
    expect(groups.map((group) => group.title)).toEqual([
      '承诺事项（单位档案）', '申报批次', '劳务品牌名称', '市级品牌名称', '培训就业情况', '劳动用工情况', '其他',
    ]);
    expect(groups[2].findings.map(({ finding }) => finding.code)).toEqual(['PLACE_MISSING', 'OCCUPATION_MISSING']);
  });

  it('leads each finding to its field, to the profile, or nowhere for what the unit cannot change', () => {
    const targets = Object.fromEntries(groupFindings(FINDINGS, CAMPAIGN_YEARS)
      .flatMap((group) => group.findings.map(({ finding, target }) => [finding.code, target])));
    expect(targets.DECLARATION_MISSING).toEqual({ kind: 'profile' });
    expect(targets.CAMPAIGN_WINDOW_CLOSED).toEqual({ kind: 'none' });
    expect(targets.PLACE_MISSING).toEqual({ kind: 'field', path: ['brandName'] });
    expect(targets.CITY_BRAND_NAME_MISSING).toEqual({ kind: 'field', path: ['cityBrandName'] });
    expect(targets.LABOUR_PRACTICE_MISSING).toEqual({ kind: 'field', path: ['labourPractice', 'contractSigningRatePercent'] });
    expect(targets.SOMETHING_NEW).toEqual({ kind: 'none' });
  });

  it('leads a missing year to that year\'s first figure', () => {
    const [years] = groupFindings([FINDINGS[1]], CAMPAIGN_YEARS);
    expect(years.findings[0].target).toEqual({ kind: 'field', path: ['years', 1, 'trainedCount'] });
    const [unnamed] = groupFindings([{ code: 'YEAR_NOT_ASKED', field: 'declaredYears', message: '本批次不要求 2019 年度的数据，请删除。' }], CAMPAIGN_YEARS);
    expect(unnamed.findings[0].target).toEqual({ kind: 'field', path: ['years', 0, 'trainedCount'] });
  });

  it('is empty when nothing stands in the way', () => {
    expect(groupFindings([], CAMPAIGN_YEARS)).toEqual([]);
    expect(groupFindings(undefined, CAMPAIGN_YEARS)).toEqual([]);
  });

  it('takes the findings of a refused submission, and nothing from any other failure', () => {
    const refused = new ProblemError({ status: 422, code: 'APPLICATION_INCOMPLETE', detail: '申报书尚未通过提交前检查', findings: FINDINGS.slice(0, 2) }, 422);
    expect(findingsOf(refused)).toEqual(FINDINGS.slice(0, 2));
    expect(findingsOf(new ProblemError({ status: 409, code: 'APPLICATION_NOT_EDITABLE' }, 409))).toBeUndefined();
    expect(findingsOf(new TypeError('Failed to fetch'))).toBeUndefined();
  });

  it('leads a missing material to the materials page, and the missing roster to its import', () => {
    const groups = groupFindings([
      { code: 'MATERIAL_MISSING', field: 'materials', message: '缺少申报材料“营业执照或法人登记证书”（每个申报单位都须提交），请上传。' },
      { code: 'MATERIAL_MISSING', field: 'materials', message: '缺少申报材料“务工人员花名册”（每个申报单位都须提交），请通过“花名册导入”上传。' },
    ], CAMPAIGN_YEARS);
    expect(groups.map((group) => group.title)).toEqual(['申报材料']);
    expect(groups[0].findings.map(({ target }) => target)).toEqual([{ kind: 'materials' }, { kind: 'roster' }]);
  });
});
