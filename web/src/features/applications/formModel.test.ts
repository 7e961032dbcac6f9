import {
  CITY_NEEDS_DISTRICT, contentOf, descriptionLength, formPathOf, isBaseInfoComplete, LABOUR_PRACTICE_FIELDS, levelProblem, levelsAfter, partOf,
  problemOf, stepOf, thresholdText, toContentRequest, toFormValues, YEAR_FIELDS,
  type ApplicationFormValues, type ApplicationView,
} from './formModel';

const CAMPAIGN_YEARS = [2021, 2022];

const BASE_INFO: ApplicationFormValues = {
  brandName: ' 大连甘井子金港家政服务师劳务品牌 ',
  cityBrandName: '大连金港家政服务师劳务品牌 ',
  description: '  金港家政服务师劳务品牌依托本单位家政培训基地，\n年培训家政服务人员千余人。\n',
  requestedLevels: ['DISTRICT', 'CITY'],
};

const YEAR_2021 = {
  trainedCount: 1120,
  trainingPassRatePercent: 86.5,
  employedCount: 1050,
  speciallyTrainedSharePercent: 62,
  lostDisputeCases: 0,
  unfinishedRectifications: 0,
};

const YEAR_2022 = {
  trainedCount: 1280,
  trainingPassRatePercent: 88.2,
  employedCount: 1190,
  speciallyTrainedSharePercent: 65.4,
  lostDisputeCases: 0,
  unfinishedRectifications: 0,
};

const byField = (name: string) => [...YEAR_FIELDS, ...LABOUR_PRACTICE_FIELDS].find((field) => field.name === name)!;

describe('the draft the form saves', () => {
  it('is not saved before 基本信息 is complete, since the service needs a name and a level even for a draft', () => {
    // given a form with the brand but no level chosen
    const values: ApplicationFormValues = { ...BASE_INFO, requestedLevels: [] };

    // when / then
    expect(isBaseInfoComplete(values)).toBe(false);
    expect(toContentRequest(values, CAMPAIGN_YEARS)).toBeUndefined();
    expect(isBaseInfoComplete({ ...BASE_INFO, brandName: '   ' })).toBe(false);
    expect(isBaseInfoComplete(BASE_INFO)).toBe(true);
    expect(isBaseInfoComplete({ brandName: '大连甘井子金港家政服务师劳务品牌', requestedLevels: ['DISTRICT'] })).toBe(true);
  });

  it('is not saved with levels or a description the service would refuse, so that the stored draft is not lost', () => {
    expect(toContentRequest({ ...BASE_INFO, requestedLevels: ['CITY'] }, CAMPAIGN_YEARS)).toBeUndefined();
    expect(toContentRequest({ ...BASE_INFO, description: '家'.repeat(2001) }, CAMPAIGN_YEARS)).toBeUndefined();
    expect(toContentRequest({ ...BASE_INFO, description: '家'.repeat(2000) }, CAMPAIGN_YEARS)).toBeDefined();
  });

  it('sends the names and the description trimmed, the levels from district to city', () => {
    // when
    const content = toContentRequest({ ...BASE_INFO, requestedLevels: ['CITY', 'DISTRICT'] }, CAMPAIGN_YEARS)!;

    // then
    expect(content.brandName).toBe('大连甘井子金港家政服务师劳务品牌');
    expect(content.cityBrandName).toBe('大连金港家政服务师劳务品牌');
    expect(content.description).toBe('金港家政服务师劳务品牌依托本单位家政培训基地，\n年培训家政服务人员千余人。');
    expect(content.requestedLevels).toEqual(['DISTRICT', 'CITY']);
  });

  it('sends the city-level name only with the city level, and no empty description', () => {
    const content = toContentRequest({ ...BASE_INFO, requestedLevels: ['DISTRICT'], description: ' \n ' }, CAMPAIGN_YEARS)!;
    expect(content.cityBrandName).toBeUndefined();
    expect(content.description).toBeUndefined();
    expect(JSON.stringify(content)).not.toContain('cityBrandName');
  });

  it('sends only the year rows filled in completely', () => {
    // given 2021 complete and 2022 still missing its employed count
    const values: ApplicationFormValues = {
      ...BASE_INFO,
      years: [YEAR_2021, { ...YEAR_2022, employedCount: null }],
    };

    // when
    const content = toContentRequest(values, CAMPAIGN_YEARS)!;

    // then
    expect(content.declaredYears).toEqual([{ year: 2021, ...YEAR_2021 }]);
    expect(content.labourPractice).toBeUndefined();
  });

  it('leaves out a row with a figure the service would refuse, so the rest of the draft is still saved', () => {
    // given a pass rate above 100 % in 2022
    const values: ApplicationFormValues = { ...BASE_INFO, years: [YEAR_2021, { ...YEAR_2022, trainingPassRatePercent: 120 }] };

    // when
    const content = toContentRequest(values, CAMPAIGN_YEARS)!;

    // then
    expect(content.declaredYears?.map((row) => row.year)).toEqual([2021]);
  });

  it('sends the labour practices once every one of them is answered, a "no" included', () => {
    // given
    const values: ApplicationFormValues = {
      ...BASE_INFO,
      labourPractice: {
        contractSigningRatePercent: 100,
        employmentFilingRatePercent: 100,
        collectiveContractInForce: true,
        labourRelationsCoordinators: 2,
        massLabourDisputeOccurred: false,
      },
    };

    // when / then
    expect(toContentRequest(values, CAMPAIGN_YEARS)!.labourPractice).toEqual(values.labourPractice);
    expect(toContentRequest({ ...values, labourPractice: { ...values.labourPractice, massLabourDisputeOccurred: null } }, CAMPAIGN_YEARS)!
      .labourPractice).toBeUndefined();
  });
});

describe('a stored application in the form', () => {
  it('puts each declared year under its campaign year and leaves a missing year empty', () => {
    // given a draft with figures for 2022 only
    const draft: ApplicationView = {
      id: 'b1c4a4d2-0000-4000-8000-000000000001',
      version: 3,
      brandName: '大连甘井子金港家政服务师劳务品牌',
      cityBrandName: '大连金港家政服务师劳务品牌',
      description: '金港家政服务师劳务品牌',
      requestedLevels: ['DISTRICT', 'CITY'],
      declaredYears: [{ year: 2022, ...YEAR_2022 }],
    };

    // when
    const values = toFormValues(draft, CAMPAIGN_YEARS);

    // then
    expect(values.years?.[0].trainedCount).toBeNull();
    expect(values.years?.[1]).toEqual(YEAR_2022);
    expect(values.labourPractice?.collectiveContractInForce).toBeNull();
    expect(toContentRequest(values, CAMPAIGN_YEARS)!.declaredYears).toEqual([{ year: 2022, ...YEAR_2022 }]);
    expect(values.cityBrandName).toBe('大连金港家政服务师劳务品牌');
    expect(values.description).toBe('金港家政服务师劳务品牌');
  });

  it('saves nothing when what the form holds is what is stored, whatever order the service answered the levels in', () => {
    // given a stored application whose levels came back city first
    const stored: ApplicationView = {
      brandName: '大连甘井子金港家政服务师劳务品牌', cityBrandName: '大连金港家政服务师劳务品牌', requestedLevels: ['CITY', 'DISTRICT'],
    };

    // when / then
    expect(toContentRequest(toFormValues(stored, CAMPAIGN_YEARS), CAMPAIGN_YEARS)).toEqual(contentOf(stored, CAMPAIGN_YEARS));
    expect(contentOf(stored, CAMPAIGN_YEARS)!.requestedLevels).toEqual(['DISTRICT', 'CITY']);
  });
});

describe('the brand description', () => {
  it('counts characters as a person does: a Chinese character, a letter, a digit and a mark are one each', () => {
    expect(descriptionLength('金港家政，2008年创立。')).toBe(13);
    expect(descriptionLength('')).toBe(0);
    expect(descriptionLength(undefined)).toBe(0);
  });

  it('does not count line breaks, nor the white space around the text', () => {
    expect(descriptionLength('第一段\n第二段\r\n第三段')).toBe(9);
    expect(descriptionLength('  家政服务　\n')).toBe(4);
  });

  it('counts a character outside the Basic Multilingual Plane once, not twice', () => {
    // 𠮷 (U+20BB7) is two UTF-16 units; an emoji too
    expect('𠮷'.length).toBe(2);
    expect(descriptionLength('𠮷野家😀')).toBe(4);
  });

  it('counts a letter with a combining accent once, as the service does after composing it', () => {
    expect(descriptionLength('Cafe\u0301')).toBe(4);
  });
});

describe('the levels asked', () => {
  it('asks the city level only on top of the district level', () => {
    expect(levelProblem(['CITY'])).toBe(CITY_NEEDS_DISTRICT);
    expect(levelProblem(['DISTRICT', 'CITY'])).toBeUndefined();
    expect(levelProblem(['DISTRICT'])).toBeUndefined();
    expect(levelProblem([])).toBeUndefined();
  });

  it('ticks 区级 as well when 市级 is ticked alone, and says so', () => {
    const after = levelsAfter([], ['CITY']);
    expect(after.levels).toEqual(['DISTRICT', 'CITY']);
    expect(after.note).toBe('申报市级须同时申报区级，已同时勾选区级。');
  });

  it('keeps 区级 ticked while 市级 is, refusing with the rule', () => {
    const after = levelsAfter(['DISTRICT', 'CITY'], ['CITY']);
    expect(after.levels).toEqual(['DISTRICT', 'CITY']);
    expect(after.note).toContain(CITY_NEEDS_DISTRICT);
  });

  it('takes any other choice as it is', () => {
    expect(levelsAfter(['DISTRICT'], ['DISTRICT', 'CITY'])).toEqual({ levels: ['DISTRICT', 'CITY'] });
    expect(levelsAfter(['DISTRICT', 'CITY'], ['DISTRICT'])).toEqual({ levels: ['DISTRICT'] });
    expect(levelsAfter(['DISTRICT'], [])).toEqual({ levels: [] });
  });
});

describe('the parts a supplement reopens', () => {
  it('knows which part each field of the form belongs to', () => {
    expect(partOf(['brandName'])).toBe('BRAND_NAME');
    expect(partOf(['cityBrandName'])).toBe('BRAND_NAME');
    expect(partOf(['description'])).toBe('DESCRIPTION');
    expect(partOf(['requestedLevels'])).toBe('LEVELS');
    expect(partOf(['years', 1, 'trainingPassRatePercent'])).toBe('DECLARED_YEARS');
    expect(partOf(['labourPractice', 'contractSigningRatePercent'])).toBe('LABOUR_PRACTICE');
  });
});

describe('the checks next to each figure', () => {
  it('says in Chinese what is wrong with a figure', () => {
    expect(problemOf(byField('trainedCount'), null)).toBe('请填写培训人数');
    expect(problemOf(byField('trainedCount'), -5)).toBe('培训人数应为不小于 0 的整数');
    expect(problemOf(byField('trainedCount'), 12.5)).toBe('培训人数应为不小于 0 的整数');
    expect(problemOf(byField('trainingPassRatePercent'), 120)).toBe('培训合格率应在 0 至 100 之间');
    expect(problemOf(byField('trainingPassRatePercent'), 86.555)).toBe('培训合格率最多保留两位小数');
    expect(problemOf(byField('massLabourDisputeOccurred'), null)).toBe('请选择是否发生群体性劳动纠纷');
  });

  it('takes figures as people write them, two decimals included', () => {
    expect(problemOf(byField('trainingPassRatePercent'), 86.5)).toBeUndefined();
    expect(problemOf(byField('speciallyTrainedSharePercent'), 65.43)).toBeUndefined();
    expect(problemOf(byField('trainingPassRatePercent'), 88.2)).toBeUndefined();
    expect(problemOf(byField('lostDisputeCases'), 0)).toBeUndefined();
    expect(problemOf(byField('massLabourDisputeOccurred'), false)).toBeUndefined();
  });
});

describe('the service\'s field errors on the form', () => {
  it('finds the year of a row by what was sent, since only complete rows are sent', () => {
    // given a save that sent only the 2022 row, as declaredYears[0]
    const sent = toContentRequest({ ...BASE_INFO, years: [{}, YEAR_2022] }, CAMPAIGN_YEARS)!;

    // when
    const path = formPathOf('declaredYears[0].trainedCount', sent, CAMPAIGN_YEARS);

    // then it is 2022's field, the second year of the form
    expect(path).toEqual(['years', 1, 'trainedCount']);
    expect(stepOf(path!)).toBe(1);
  });

  it('maps the base fields and the labour practices, and nothing the form does not have', () => {
    const sent = toContentRequest(BASE_INFO, CAMPAIGN_YEARS)!;
    expect(formPathOf('brandName', sent, CAMPAIGN_YEARS)).toEqual(['brandName']);
    expect(formPathOf('cityBrandName', sent, CAMPAIGN_YEARS)).toEqual(['cityBrandName']);
    expect(formPathOf('description', sent, CAMPAIGN_YEARS)).toEqual(['description']);
    expect(formPathOf('requestedLevels[]', sent, CAMPAIGN_YEARS)).toEqual(['requestedLevels']);
    expect(formPathOf('labourPractice.contractSigningRatePercent', sent, CAMPAIGN_YEARS)).toEqual(['labourPractice', 'contractSigningRatePercent']);
    expect(formPathOf('declaredYears[3].trainedCount', sent, CAMPAIGN_YEARS)).toBeUndefined();
    expect(formPathOf('declaredYears', sent, CAMPAIGN_YEARS)).toBeUndefined();
    expect(formPathOf('attachments[0].name', sent, CAMPAIGN_YEARS)).toBeUndefined();
  });
});

describe('the threshold shown next to a figure', () => {
  const criteria = [
    { criterion: 'TRAINED_COUNT', label: '培训人数', measure: 'PEOPLE', levels: { DISTRICT: { text: '≥ 500 人' }, CITY: { text: '≥ 1000 人' } } },
    { criterion: 'TRAINING_PASS_RATE', label: '培训合格率', measure: 'RATE', levels: { DISTRICT: { text: '> 80%' }, CITY: { text: '> 80%' } } },
    { criterion: 'NO_MASS_LABOUR_DISPUTE', label: '无群体性、突发性劳动争议事件', measure: 'FACT', levels: { DISTRICT: { text: '须具备' }, CITY: { text: '须具备' } } },
  ] as const;

  it('names both levels, once when they ask the same', () => {
    expect(thresholdText(byField('trainedCount'), [...criteria])).toBe('认定标准：区级 ≥ 500 人 / 市级 ≥ 1000 人');
    expect(thresholdText(byField('trainingPassRatePercent'), [...criteria])).toBe('认定标准：区级、市级 > 80%');
    expect(thresholdText(byField('massLabourDisputeOccurred'), [...criteria])).toBe('认定标准：无群体性、突发性劳动争议事件');
  });

  it('says what a figure without a criterion is for', () => {
    expect(thresholdText(byField('lostDisputeCases'), [...criteria])).toBe('作为风险提示供评审参考');
  });
});
