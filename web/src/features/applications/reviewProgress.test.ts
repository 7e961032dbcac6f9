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
