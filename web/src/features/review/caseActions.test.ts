import { districtNameIn } from '../../shared/districts';
import {
  canRecommendCity, canRejectSeparately, canRequestSupplement, certifiableLevels, defaultLevel, levelsNeedingReason, needsJudgement,
  noticeStarted, queueOwner, rejectionStep, stagesVisibleTo, stepFor, worksOnCaseNow,
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

describe('a supplement the district asks for', () => {
  const askedFor: Transition = {
    from: 'DISTRICT_REVIEW', to: 'SUPPLEMENT_REQUESTED', action: 'SUPPLEMENT_REQUESTED', actionLabel: '要求补充材料', actor: 'reviewer-ganjingzi',
  };

  it('given a new case in district review, when the district reviewer opens it, then a supplement can be asked besides deciding', () => {
    expect(canRequestSupplement(['DISTRICT_REVIEWER'], jingangCase())).toBe(true);
    expect(stepFor(['DISTRICT_REVIEWER'], jingangCase(), [opened])).toBe('DISTRICT_DECISION');
  });

  it('given the district decided, when the district reviewer opens the case, then no supplement can be asked any more', () => {
    expect(canRequestSupplement(['DISTRICT_REVIEWER'], jingangCase({ districtDecision: selectedAndRecommended }))).toBe(false);
  });

  it('given a case in district review, when the city reviewer or the leading group opens it, then they cannot ask for a supplement', () => {
    expect(canRequestSupplement(['CITY_REVIEWER'], jingangCase())).toBe(false);
    expect(canRequestSupplement(['LEADING_GROUP'], jingangCase())).toBe(false);
  });

  it('given a case waiting for the supplement, when the district reviewer opens it, then there is nothing to do until the unit resubmits', () => {
    const waiting = jingangCase({ stage: 'SUPPLEMENT_REQUESTED', stageLabel: '待补充材料' });
    expect(stepFor(['DISTRICT_REVIEWER'], waiting, [opened, askedFor])).toBeUndefined();
    expect(canRequestSupplement(['DISTRICT_REVIEWER'], waiting)).toBe(false);
  });

  it('given the unit resubmitted, when the district reviewer opens the case, then it decides again (or asks again)', () => {
    const resubmitted: Transition = {
      from: 'SUPPLEMENT_REQUESTED', to: 'DISTRICT_REVIEW', action: 'RESUBMITTED', actionLabel: '补充材料后重新提交', actor: 'applicant-a',
    };
    expect(stepFor(['DISTRICT_REVIEWER'], jingangCase(), [opened, askedFor, resubmitted])).toBe('DISTRICT_DECISION');
    expect(canRequestSupplement(['DISTRICT_REVIEWER'], jingangCase())).toBe(true);
  });

  it('given the unit withdrew, when anyone opens the case, then there is nothing left to do', () => {
    const withdrawn = jingangCase({ stage: 'WITHDRAWN', stageLabel: '已撤回' });
    expect(stepFor(['DISTRICT_REVIEWER'], withdrawn, [opened])).toBeUndefined();
    expect(canRequestSupplement(['DISTRICT_REVIEWER'], withdrawn)).toBe(false);
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
  const districts = [
    { code: '210211', name: '甘井子区', shortName: '甘井子', kind: 'COUNTY' as const },
    { code: 'DLXD02', name: '高新技术产业园区', shortName: '高新区', kind: 'PILOT_ZONE' as const },
  ];
  const nameOf = (code?: string) => districtNameIn(districts, code);

  it('given a district reviewer of 甘井子区, when the queue is shown, then it is the district bureau’s with every stage', () => {
    const ganjingzi = { roles: ['DISTRICT_REVIEWER' as const], district: '210211' };
    expect(queueOwner(ganjingzi, nameOf)).toBe('甘井子区人社局');
    expect(stagesVisibleTo(ganjingzi.roles)).toEqual([
      'DISTRICT_REVIEW', 'SUPPLEMENT_REQUESTED', 'PUBLICITY', 'CITY_REVIEW', 'APPROVAL', 'CERTIFIED', 'REJECTED', 'WITHDRAWN',
    ]);
  });

  it('given a reviewer of a pilot zone, when the queue is shown, then the zone is named as the list of districts names it', () => {
    expect(queueOwner({ roles: ['DISTRICT_REVIEWER'], district: 'DLXD02' }, nameOf)).toBe('高新技术产业园区人社局');
  });

  it('given the city reviewer or the leading group, when the queue is shown, then the forwarded stages and their closed list can be chosen', () => {
    expect(queueOwner({ roles: ['CITY_REVIEWER'] }, nameOf)).toBe('市人社局');
    expect(queueOwner({ roles: ['LEADING_GROUP'] }, nameOf)).toBe('市就业工作领导小组办公室');
    expect(stagesVisibleTo(['CITY_REVIEWER'])).toEqual(['CITY_REVIEW', 'APPROVAL', 'CERTIFIED', 'REJECTED']);
    expect(stagesVisibleTo(['LEADING_GROUP'])).toEqual(['CITY_REVIEW', 'APPROVAL', 'CERTIFIED', 'REJECTED']);
  });
});

describe('who rejects, and what must be written', () => {
  const base = { id: 'c1', requestedLevels: ['DISTRICT', 'CITY'] } as CaseDetail;

  it('given a case at each stage, when a reviewer looks, then only the office working on it may take it or reject it', () => {
    expect(worksOnCaseNow(['DISTRICT_REVIEWER'], { stage: 'PUBLICITY' })).toBe(true);
    expect(worksOnCaseNow(['DISTRICT_REVIEWER'], { stage: 'CITY_REVIEW' })).toBe(false);
    expect(worksOnCaseNow(['CITY_REVIEWER'], { stage: 'CITY_REVIEW' })).toBe(true);
    expect(worksOnCaseNow(['CITY_REVIEWER'], { stage: 'APPROVAL' })).toBe(false);
    expect(worksOnCaseNow(['LEADING_GROUP'], { stage: 'APPROVAL' })).toBe(true);
    expect(worksOnCaseNow(['LEADING_GROUP'], { stage: 'CERTIFIED' })).toBe(false);
  });

  it('given the district, when a supplement is awaited, a selected case waits for its notice or is under notice, then 不予通过 stands on its own', () => {
    expect(canRejectSeparately(['DISTRICT_REVIEWER'], { ...base, stage: 'SUPPLEMENT_REQUESTED' })).toBe(true);
    expect(canRejectSeparately(['DISTRICT_REVIEWER'], { ...base, stage: 'PUBLICITY' })).toBe(true);
    expect(canRejectSeparately(['DISTRICT_REVIEWER'], { ...base, stage: 'DISTRICT_REVIEW' })).toBe(false);
    expect(canRejectSeparately(['DISTRICT_REVIEWER'], {
      ...base, stage: 'DISTRICT_REVIEW', districtDecision: { districtLevelSelected: true, cityRecommended: false },
    })).toBe(true);
    // the city's and the office's own forms say no
    expect(canRejectSeparately(['CITY_REVIEWER'], { ...base, stage: 'CITY_REVIEW' })).toBe(false);
  });

  it('given a pre-check that met the district level only, when the city level is chosen too, then only the city level needs a reason', () => {
    const precheck = { levelsMet: ['DISTRICT'] } as CaseDetail['precheck'];
    expect(levelsNeedingReason(precheck, ['DISTRICT', 'CITY'])).toEqual(['CITY']);
    expect(levelsNeedingReason(precheck, ['DISTRICT'])).toEqual([]);
  });

  it('given lost dispute cases in the pre-check, when the district decides, then it writes its judgement', () => {
    const flagged = { result: { riskFlags: [{ code: 'LOST_DISPUTE_CASES', description: '2022 年有 1 件劳动人事争议败诉案件', blocking: false }] } };
    expect(needsJudgement(flagged as CaseDetail['precheck'])).toBe(true);
    expect(needsJudgement({ result: { riskFlags: [] } } as unknown as CaseDetail['precheck'])).toBe(false);
  });

  it('given a history, when the case was rejected, then the rejecting step is the last of those that end a case', () => {
    expect(rejectionStep([
      { action: 'OPENED' }, { action: 'DISTRICT_SELECTED' }, { action: 'CITY_REJECTED', comment: '复审发现培训台账与花名册人数不符。' },
    ])?.comment).toBe('复审发现培训台账与花名册人数不符。');
  });
});
