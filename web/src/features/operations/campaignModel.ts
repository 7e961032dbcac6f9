import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { components } from '../../api/generated/application-service';
import type { Campaign } from '../../shared/campaign';

/** What the campaign form (申报批次) holds and how it becomes the API's CampaignRequest. */

export type CampaignRequest = components['schemas']['CampaignRequest'];

export interface CampaignFormValues {
  code?: string;
  title?: string;
  noticeReference?: string;
  declaredYears?: number[];
  opensOn?: Dayjs;
  applicationDeadline?: Dayjs;
  forwardingDeadline?: Dayjs;
  noticeWorkingDays?: number;
}

export const CAMPAIGN_CODE = /^\d{4}$/;

/** The form's values for a stored campaign, or for a new one (5-working-day notice, as under 大就办发〔2022〕9号). */
export function toCampaignFormValues(campaign?: Campaign): CampaignFormValues {
  if (!campaign) {
    return { declaredYears: [], noticeWorkingDays: 5 };
  }
  return {
    code: campaign.code,
    title: campaign.title,
    noticeReference: campaign.noticeReference,
    declaredYears: campaign.declaredYears,
    opensOn: campaign.opensOn ? dayjs(campaign.opensOn) : undefined,
    applicationDeadline: campaign.applicationDeadline ? dayjs(campaign.applicationDeadline) : undefined,
    forwardingDeadline: campaign.forwardingDeadline ? dayjs(campaign.forwardingDeadline) : undefined,
    noticeWorkingDays: campaign.noticeWorkingDays,
  };
}

/** Why the dates cannot stand (they run opening ≤ district deadline ≤ forwarding deadline), or undefined. */
export function datesProblem(values: CampaignFormValues): string | undefined {
  const { opensOn, applicationDeadline, forwardingDeadline } = values;
  if (opensOn && applicationDeadline && applicationDeadline.isBefore(opensOn, 'day')) {
    return '申报截止日期不能早于开始受理日期';
  }
  if (applicationDeadline && forwardingDeadline && forwardingDeadline.isBefore(applicationDeadline, 'day')) {
    return '报送市级截止日期不能早于申报截止日期';
  }
  return undefined;
}

export function toCampaignRequest(values: CampaignFormValues): CampaignRequest {
  return {
    title: values.title!.trim(),
    noticeReference: values.noticeReference!.trim(),
    declaredYears: [...(values.declaredYears ?? [])].sort((a, b) => a - b),
    opensOn: values.opensOn!.format('YYYY-MM-DD'),
    applicationDeadline: values.applicationDeadline!.format('YYYY-MM-DD'),
    forwardingDeadline: values.forwardingDeadline!.format('YYYY-MM-DD'),
    noticeWorkingDays: values.noticeWorkingDays!,
  };
}
