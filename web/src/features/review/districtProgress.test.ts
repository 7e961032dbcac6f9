import { withEveryDistrict } from './DistrictProgressPage';

describe('district progress', () => {
  it('given districts without any application, when the table is built, then they show as rows of zeros standing as a district without a brand', () => {
    const rows = withEveryDistrict({
      campaign: '2022',
      goal: 1,
      goalDueOn: '2022-11-30',
      standingWithoutBrand: 'AT_RISK',
      districts: [{
        district: '210213', submitted: 3, inReview: 1, underNotice: 0, forwarded: 1, certifiedDistrictLevel: 1, certifiedCityLevel: 0,
        certified: 1, rejected: 0, goal: 1, goalDueOn: '2022-11-30', standing: 'MET',
      }],
    }, ['210211', '210213', '210214']);

    expect(rows.map((row) => row.district)).toEqual(['210211', '210213', '210214']);
    expect(rows[0]).toMatchObject({ submitted: 0, certified: 0, standing: 'AT_RISK', goalDueOn: '2022-11-30' });
    expect(rows[1]).toMatchObject({ submitted: 3, standing: 'MET' });
  });
});
