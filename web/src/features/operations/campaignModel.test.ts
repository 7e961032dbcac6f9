import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { datesProblem, toCampaignFormValues, toCampaignRequest } from './campaignModel';

describe('the campaign form', () => {
  it('sends a campaign as the service takes it: dates as days, years in order, text trimmed', () => {
    expect(toCampaignRequest({
      title: ' 2023年度劳务品牌申报认定 ', noticeReference: '大就办发〔2023〕5号', declaredYears: [2023, 2022],
      opensOn: dayjs('2023-10-09'), applicationDeadline: dayjs('2023-11-20'), forwardingDeadline: dayjs('2023-12-01'), noticeWorkingDays: 5,
    })).toEqual({
      title: '2023年度劳务品牌申报认定', noticeReference: '大就办发〔2023〕5号', declaredYears: [2022, 2023],
      opensOn: '2023-10-09', applicationDeadline: '2023-11-20', forwardingDeadline: '2023-12-01', noticeWorkingDays: 5,
    });
  });

  it('refuses dates out of order, saying which', () => {
    expect(datesProblem({ opensOn: dayjs('2023-11-21'), applicationDeadline: dayjs('2023-11-20') })).toBe('申报截止日期不能早于开始受理日期');
    expect(datesProblem({ applicationDeadline: dayjs('2023-11-20'), forwardingDeadline: dayjs('2023-11-19') }))
      .toBe('报送市级截止日期不能早于申报截止日期');
    expect(datesProblem({ opensOn: dayjs('2023-11-20'), applicationDeadline: dayjs('2023-11-20'), forwardingDeadline: dayjs('2023-11-20') }))
      .toBeUndefined();
  });

  it('starts a new campaign with the 5-working-day notice and reads a stored one back', () => {
    expect(toCampaignFormValues()).toEqual({ declaredYears: [], noticeWorkingDays: 5 });
    const stored = toCampaignFormValues({ code: '2022', title: '2022年度劳务品牌申报认定', noticeReference: '大就办发〔2022〕9号',
      declaredYears: [2021, 2022], opensOn: '2022-11-10', applicationDeadline: '2022-11-22', forwardingDeadline: '2022-12-02',
      noticeWorkingDays: 5, version: 0, open: false });
    expect(stored.applicationDeadline?.format('YYYY-MM-DD')).toBe('2022-11-22');
    expect(stored.declaredYears).toEqual([2021, 2022]);
  });
});
