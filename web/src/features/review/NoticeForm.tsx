import { Card, DatePicker, Form, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { reviewApi, unwrap } from '../../api/client';
import { useCurrentCampaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import type { CaseDetail } from './caseActions';
import { SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

/** The notice length of 大就办发〔2022〕9号, for a case of an earlier campaign than the current one. */
const NOTICE_WORKING_DAYS = 5;
const ISO_DATE = 'YYYY-MM-DD';

interface NoticeValues {
  startsOn: Dayjs;
}

/** 发布公示: the district bureau publishes a selected brand for the campaign's working days of the official calendar. */
export function NoticeForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<NoticeValues>();
  const campaign = useCurrentCampaign().data;
  const workingDays = (campaign?.code === detail.campaign ? campaign?.noticeWorkingDays : undefined) ?? NOTICE_WORKING_DAYS;
  const startsOn = Form.useWatch('startsOn', form)?.format(ISO_DATE);
  const period = useQuery({
    queryKey: ['reviews', 'calendar', 'period', startsOn, workingDays],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/calendar/period', {
      params: { query: { startsOn: startsOn!, workingDays } },
    })),
    enabled: startsOn != null,
    placeholderData: keepPreviousData,
  });
  const publish = useCaseStep(
    form,
    (values: NoticeValues) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/publicity', {
      params: { path: { id: detail.id! } }, body: { startsOn: values.startsOn.format(ISO_DATE) },
    })),
    (notice) => `已发布公示，公示期 ${formatDate(notice.startsOn)} 至 ${formatDate(notice.endsOn)}。`,
  );

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>发布公示</Typography.Title>
      <Typography.Paragraph type="secondary">
        区级初审通过的劳务品牌在人社部门网站公示 {workingDays} 个工作日（按国家法定节假日安排计算），期满无异议后报送市人社局。
      </Typography.Paragraph>
      <Form<NoticeValues>
        form={form}
        layout="vertical"
        initialValues={{ startsOn: dayjs() }}
        style={{ maxWidth: 640 }}
        onFinish={(values) => publish.mutate(values)}
      >
        <Form.Item name="startsOn" label="公示开始日期" rules={[{ required: true, message: '请选择公示开始日期' }]}>
          <DatePicker
            format={ISO_DATE}
            allowClear={false}
            style={{ width: 200 }}
            // Enter confirms a typed date; it must not also publish the notice before its period has been read
            onKeyDown={(event) => { if (event.key === 'Enter') event.preventDefault(); }}
          />
        </Form.Item>
        <Typography.Paragraph aria-live="polite">
          {period.data && `公示期 ${formatDate(period.data.startsOn)} 至 ${formatDate(period.data.endsOn)}（${period.data.workingDays}个工作日）`}
        </Typography.Paragraph>
        <ErrorAlert error={period.error} />
        <SubmitStep step={publish}>发布公示</SubmitStep>
      </Form>
    </Card>
  );
}
