import { PROGRESS_STEPS, progressPosition } from './reviewProgress';

describe('where the applicant sees the review', () => {
  it('waits at 区级初审 until the district opens the case', () => {
    expect(progressPosition(null)).toEqual({ current: 1, status: 'wait' });
  });

  it('follows the stage while the review runs', () => {
    const position = progressPosition({ stage: 'PUBLICITY', stageLabel: '公示' });
    expect(PROGRESS_STEPS[position.current]).toBe('公示');
    expect(position.status).toBe('process');
  });

  it('is finished once certified', () => {
    expect(progressPosition({ stage: 'CERTIFIED', certifiedLevel: 'CITY', certifiedOn: '2022-12-20' })).toEqual({ current: 5, status: 'finish' });
  });

  it('marks the step a rejection happened at', () => {
    // given the city re-review turned the application down
    const position = progressPosition({
      stage: 'REJECTED',
      history: [
        { action: 'OPENED', to: 'DISTRICT_REVIEW' },
        { action: 'PUBLICITY_ENDED', from: 'PUBLICITY', to: 'CITY_REVIEW' },
        { action: 'CITY_REJECTED', from: 'CITY_REVIEW', to: 'REJECTED', comment: '培训合格率证明材料不足' },
      ],
    });

    // then
    expect(PROGRESS_STEPS[position.current]).toBe('市级复审');
    expect(position.status).toBe('error');
  });
});

describe('a supplement and a withdrawal on the way', () => {
  it('waits at 区级初审 while the unit supplements its application', () => {
    expect(progressPosition({ stage: 'SUPPLEMENT_REQUESTED', stageLabel: '待补充材料' })).toEqual({ current: 1, status: 'wait' });
  });

  it('ends at 区级初审 when the unit withdrew while the district asked for a supplement', () => {
    const position = progressPosition({
      stage: 'WITHDRAWN',
      history: [
        { action: 'OPENED', to: 'DISTRICT_REVIEW' },
        { action: 'SUPPLEMENT_REQUESTED', from: 'DISTRICT_REVIEW', to: 'SUPPLEMENT_REQUESTED' },
        { action: 'WITHDRAWN', from: 'SUPPLEMENT_REQUESTED', to: 'WITHDRAWN', comment: '数据核对有误，下一批次再申报' },
      ],
    });
    expect(PROGRESS_STEPS[position.current]).toBe('区级初审');
    expect(position.status).toBe('error');
  });
});
