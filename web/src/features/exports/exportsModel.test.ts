import { choosesDistrict, exportsFor, exportUrl } from './exportsModel';

describe('the exports a reviewer may download', () => {
  it('given a district bureau, then it gets the notice list and its own package, never the approval list, with no district to choose', () => {
    const choices = exportsFor(['DISTRICT_REVIEWER']);

    expect(choices.map((choice) => choice.label)).toEqual(['导出公示名单 XLSX', '导出公示名单 PDF', '导出报送市级材料包']);
    expect(choices.every((choice) => !choice.needsDistrict)).toBe(true);
    expect(choosesDistrict(['DISTRICT_REVIEWER'])).toBe(false);
  });

  it('given the leading group office, then it also gets the approval list, and the package waits for a district', () => {
    const choices = exportsFor(['LEADING_GROUP']);

    expect(choices.map((choice) => choice.kind)).toEqual(['NOTICE_LIST_XLSX', 'NOTICE_LIST_PDF', 'CITY_PACKAGE', 'APPROVAL_LIST_XLSX',
      'APPROVAL_LIST_PDF']);
    expect(choices.find((choice) => choice.kind === 'CITY_PACKAGE')?.needsDistrict).toBe(true);
    expect(choices.find((choice) => choice.kind === 'NOTICE_LIST_PDF')?.needsDistrict).toBe(false);
  });

  it('given an applicant, then there is nothing to export', () => {
    expect(exportsFor(['APPLICANT'])).toEqual([]);
  });

  it('when a download is asked for, then it names the campaign and, when chosen, the district', () => {
    expect(exportUrl('NOTICE_LIST_XLSX', '2022')).toBe('/api/reviews/exports/notice-list.xlsx?campaign=2022');
    expect(exportUrl('CITY_PACKAGE', '2022', '210211')).toBe('/api/reviews/exports/city-package?campaign=2022&district=210211');
  });
});
