import { divisionsOf, entriesFor, figure, regionsOf, regionsProblem, reportRequestOf } from './resourcesModel';
import type { CatalogueEntry, IndustrySection } from './resourcesApi';

const INDUSTRIES: IndustrySection[] = [
  { code: 'O', name: '居民服务、修理和其他服务业', divisions: [{ code: '80', name: '居民服务业' }, { code: '81', name: '机动车、电子产品和日用产品修理业' }] },
  { code: 'Q', name: '卫生和社会工作', divisions: [{ code: '84', name: '卫生' }, { code: '85', name: '社会工作' }] },
];

const entry = (code: string, active = true): CatalogueEntry => ({
  code, name: code, industrySection: code[0], industryDivision: code.slice(2, 4), guidance: '指导', active,
});

describe('the resource library model', () => {
  it('given regions separated in any usual way, then each is kept once in the order typed', () => {
    expect(regionsOf(' 大连市、沈阳市，北京市\n大连市; 长海县 ')).toEqual(['大连市', '沈阳市', '北京市', '长海县']);
    expect(regionsOf(undefined)).toEqual([]);
  });

  it('given no region, too many or a long one, then the service\'s sentence is shown', () => {
    expect(regionsProblem('  ')).toBe('服务地区请填写 1 至 50 个。');
    expect(regionsProblem(Array.from({ length: 51 }, (_, i) => `地区${i}`).join('、'))).toBe('服务地区请填写 1 至 50 个。');
    expect(regionsProblem('大连市、辽宁省大连市金州区某某街道某某社区某某小区某某楼某某单元某某号某某室')).toBe('每个服务地区不超过 30 字。');
    expect(regionsProblem('大连市、沈阳市')).toBeUndefined();
  });

  it('given the form values, then the request carries the regions as a list and the narrative trimmed', () => {
    expect(reportRequestOf({ year: 2024, employmentScale: 1320, marketSharePercent: 12.5, economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500,
      regions: '大连市、沈阳市', narrative: '  全年培训 12 期。 ' })).toEqual({ year: 2024, employmentScale: 1320, marketSharePercent: 12.5,
      economicBenefitTenThousandYuan: 3860, trainingCapacity: 1500, regionsServed: ['大连市', '沈阳市'], narrative: '全年培训 12 期。' });
  });

  it('given a section and division, then only their divisions and active entries are offered, and the current one stays', () => {
    expect(divisionsOf(INDUSTRIES, 'Q').map((d) => d.code)).toEqual(['84', '85']);
    expect(divisionsOf(INDUSTRIES, undefined)).toEqual([]);
    const catalogue = [entry('O-80-01'), entry('O-80-02', false), entry('O-81-01'), entry('Q-85-01')];
    expect(entriesFor(catalogue, 'O', '80').map((e) => e.code)).toEqual(['O-80-01']);
    expect(entriesFor(catalogue, 'O', '80', 'O-80-02').map((e) => e.code)).toEqual(['O-80-01', 'O-80-02']);
  });

  it('given an unknown figure, then it reads 未填报', () => {
    expect(figure(null, '人')).toBe('未填报');
    expect(figure(1320, '人')).toBe('1,320 人');
  });
});
