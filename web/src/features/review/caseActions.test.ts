import {
  canRecommendCity, certifiableLevels, defaultLevel, noticeStarted, queueOwner, stagesVisibleTo, stepFor,
  type CaseDetail, type Transition,
} from './caseActions';

const opened: Transition = { from: undefined, to: 'DISTRICT_REVIEW', action: 'OPENED', actionLabel: '受理申报', actor: 'applicant-a' };
const selected: Transition = {
  from: 'DISTRICT_REVIEW', to: 'DISTRICT_REVIEW', action: 'DISTRICT_SELECTED', actionLabel: '区级初审通过',
  actor: 'reviewer-ganjingzi', comment: '材料齐全，实地查验属实，推荐申报市级。',
};
const noticeBegun: Transition = {
  from: 'DISTRICT_REVIEW', to: 'PUBLICITY', action: 'PUBLICITY_STARTED', actionLabel: '开始公示',
  actor: 'reviewer-ganjingzi', comment: '公示期 2022-11-22 至 2022-11-28',
};

function jingangCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: '87c53acc-cdf2-49b4-9f14-df72ca05c5c9',
    brandName: '大连甘井子金港家政服务师劳务品牌',
    unitName: '大连金港人力资源服务有限公司',
    district: '210211',
    requestedLevels: ['CITY', 'DISTRICT'],
    stage: 'DISTRICT_REVIEW',
    stageLabel: '区级初审',
    precheck: { levelsMet: ['DISTRICT', 'CITY'], blocking: false },
    ...overrides,
  };
}

const selectedAndRecommended = {
  districtLevelSelected: true, cityRecommended: true, comment: '材料齐全，实地查验属实，推荐申报市级。', decidedBy: 'reviewer-ganjingzi',
};

describe('the step a reviewer can take on a case', () => {
  it('given a new case in district review, when the district reviewer opens it, then the step is the district decision', () => {
    expect(stepFor(['DISTRICT_REVIEWER'], jingangCase(), [opened])).toBe('DISTRICT_DECISION');
  });

  it('given a case the district selected, when no notice was published yet, then the step is to publish the notice', () => {
    const decided = jingangCase({ districtDecision: selectedAndRecommended });
    expect(stepFor(['DISTRICT_REVIEWER'], decided, [opened, selected])).toBe('START_NOTICE');
  });

  it('given a case the district did not select, when the district reviewer opens it, then there is nothing to do', () => {
    const refused = jingangCase({ stage: 'REJECTED', districtDecision: { districtLevelSelected: false, cityRecommended: false } });
    expect(stepFor(['DISTRICT_REVIEWER'], refused, [opened])).toBeUndefined();
  });

  it('given a case under notice, when the district reviewer opens it, then there is nothing to do until the notice ends', () => {
    const underNotice = jingangCase({ stage: 'PUBLICITY', districtDecision: selectedAndRecommended });
    expect(stepFor(['DISTRICT_REVIEWER'], underNotice, [opened, selected, noticeBegun])).toBeUndefined();
  });

  it('given a case in district review, when the city reviewer or the leading group opens it, then they cannot act', () => {
    expect(stepFor(['CITY_REVIEWER'], jingangCase(), [opened])).toBeUndefined();
    expect(stepFor(['LEADING_GROUP'], jingangCase(), [opened])).toBeUndefined();
  });

  it('given a forwarded case, when the city reviewer opens it, then the step is the re-review and only theirs', () => {
    const forwarded = jingangCase({ stage: 'CITY_REVIEW', districtDecision: selectedAndRecommended });
    expect(stepFor(['CITY_REVIEWER'], forwarded, [])).toBe('CITY_REVIEW');
    expect(stepFor(['DISTRICT_REVIEWER'], forwarded, [])).toBeUndefined();
    expect(stepFor(['LEADING_GROUP'], forwarded, [])).toBeUndefined();
  });

  it('given a case awaiting approval, when the leading group opens it, then the step is the approval and only theirs', () => {
    const awaiting = jingangCase({ stage: 'APPROVAL', districtDecision: selectedAndRecommended });
    expect(stepFor(['LEADING_GROUP'], awaiting, [])).toBe('APPROVAL');
    expect(stepFor(['CITY_REVIEWER'], awaiting, [])).toBeUndefined();
  });

  it('given a certified case, when anyone opens it, then there is nothing left to do', () => {
    const certified = jingangCase({ stage: 'CERTIFIED', certifiedLevel: 'CITY' });
    expect(stepFor(['LEADING_GROUP'], certified, [])).toBeUndefined();
    expect(stepFor(['DISTRICT_REVIEWER'], certified, [])).toBeUndefined();
  });
});

describe('the notice of a case', () => {
  it('given a history without a published notice, when asked, then the notice has not started', () => {
    expect(noticeStarted([opened, selected])).toBe(false);
  });

  it('given the district published the notice, when asked, then it has started', () => {
    expect(noticeStarted([opened, selected, noticeBegun])).toBe(true);
  });
});

describe('the district decision', () => {
  it('given a unit that applied for the city level, when the district selects it, then it may recommend the city level', () => {
    expect(canRecommendCity(true, ['DISTRICT', 'CITY'])).toBe(true);
  });

  it('given the district has not selected the unit, when it decides, then it may not recommend the city level', () => {
    expect(canRecommendCity(false, ['DISTRICT', 'CITY'])).toBe(false);
    expect(canRecommendCity(undefined, ['DISTRICT', 'CITY'])).toBe(false);
  });

  it('given a unit that applied for the district level only, when the district selects it, then it may not recommend the city level', () => {
    expect(canRecommendCity(true, ['DISTRICT'])).toBe(false);
  });
});

describe('the level the leading group certifies', () => {
  it('given the district selected and recommended the brand, when certifying, then both levels are possible', () => {
    expect(certifiableLevels(selectedAndRecommended)).toEqual(['DISTRICT', 'CITY']);
  });

  it('given the district selected without recommending, when certifying, then only the district level is possible', () => {
    expect(certifiableLevels({ districtLevelSelected: true, cityRecommended: false })).toEqual(['DISTRICT']);
  });

  it('given both levels requested, met and recommended, when proposing a level, then the city level is proposed', () => {
    expect(defaultLevel(jingangCase({ stage: 'APPROVAL', districtDecision: selectedAndRecommended }))).toBe('CITY');
  });

  it('given the pre-check met the district level only, when proposing a level, then the district level is proposed', () => {
    const districtOnly = jingangCase({
      stage: 'APPROVAL', districtDecision: selectedAndRecommended, precheck: { levelsMet: ['DISTRICT'], blocking: false },
    });
    expect(defaultLevel(districtOnly)).toBe('DISTRICT');
  });

  it('given the district did not recommend the city level, when proposing a level, then the district level is proposed', () => {
    const notRecommended = jingangCase({ stage: 'APPROVAL', districtDecision: { districtLevelSelected: true, cityRecommended: false } });
    expect(defaultLevel(notRecommended)).toBe('DISTRICT');
  });
});

describe('the queue', () => {
  it('given a district reviewer of 甘井子区, when the queue is shown, then it is the district bureau’s with every stage', () => {
    const ganjingzi = { roles: ['DISTRICT_REVIEWER' as const], district: '210211' };
    expect(queueOwner(ganjingzi)).toBe('甘井子区人社局');
    expect(stagesVisibleTo(ganjingzi.roles)).toEqual(['DISTRICT_REVIEW', 'PUBLICITY', 'CITY_REVIEW', 'APPROVAL', 'CERTIFIED', 'REJECTED']);
  });

  it('given the city reviewer or the leading group, when the queue is shown, then only the forwarded stages can be chosen', () => {
    expect(queueOwner({ roles: ['CITY_REVIEWER'] })).toBe('市人社局');
    expect(queueOwner({ roles: ['LEADING_GROUP'] })).toBe('市就业工作领导小组办公室');
    expect(stagesVisibleTo(['CITY_REVIEWER'])).toEqual(['CITY_REVIEW', 'APPROVAL', 'CERTIFIED']);
    expect(stagesVisibleTo(['LEADING_GROUP'])).toEqual(['CITY_REVIEW', 'APPROVAL', 'CERTIFIED']);
  });
});
