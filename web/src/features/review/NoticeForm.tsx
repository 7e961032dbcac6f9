import { Alert, Card, DatePicker, Form, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { reviewApi, unwrap } from '../../api/client';
import { useCurrentCampaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import type { CaseDetail } from './caseActions';
import { endsAfterDeadline, isWeekend, MAX_DAYS_AHEAD, noticeStartProblem } from './noticeDates';
import { SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

/** The notice length of 大就办发〔2022〕9号, for a case of an earlier campaign than the current one. */
const NOTICE_WORKING_DAYS = 5;
const ISO_DATE = 'YYYY-MM-DD';

interface NoticeValues {
  startsOn: Dayjs;
}

/**
 * 发布公示: the district bureau publishes a selected brand for the campaign's working days of the official calendar, from
 * today or a later working day, ending by the campaign's forwarding deadline. The form checks what it can before sending;
 * the service decides on the official calendar (holidays and adjusted working days).
 */
export function NoticeForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<NoticeValues>();
  const campaign = useCurrentCampaign().data;
  const ofThisCampaign = campaign?.code === detail.campaign ? campaign : undefined;
  const workingDays = ofThisCampaign?.noticeWorkingDays ?? NOTICE_WORKING_DAYS;
  const chosen = Form.useWatch('startsOn', form);
  const startsOn = chosen && !noticeStartProblem(chosen) ? chosen.format(ISO_DATE) : undefined;
  const period = useQuery({
    queryKey: ['reviews', 'calendar', 'period', startsOn, workingDays],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/calendar/period', {
      params: { query: { startsOn: startsOn!, workingDays } },
    })),
    enabled: startsOn != null,
    placeholderData: keepPreviousData,
  });
  const late = startsOn != null && endsAfterDeadline(period.data?.endsOn, ofThisCampaign?.forwardingDeadline);
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
        区级初审通过的劳务品牌在人社部门网站公示 {workingDays} 个工作日（按国家法定节假日安排计算），自今天或之后的工作日开始（最多提前 {MAX_DAYS_AHEAD} 天），
        须在本批次报送市级的截止日期{ofThisCampaign?.forwardingDeadline ? `（${formatDate(ofThisCampaign.forwardingDeadline)}）` : ''}前结束。
        公示期满且无未办结异议的，报送市人社局。
      </Typography.Paragraph>
      <Form<NoticeValues>
        form={form}
        layout="vertical"
        initialValues={{ startsOn: dayjs() }}
        style={{ maxWidth: 640 }}
        onFinish={(values) => publish.mutate(values)}
      >
        <Form.Item
          name="startsOn"
          label="公示开始日期"
          rules={[
            { required: true, message: '请选择公示开始日期' },
            { validator: (_, value?: Dayjs) => { const problem = value && noticeStartProblem(value); return problem ? Promise.reject(new Error(problem)) : Promise.resolve(); } },
          ]}
        >
          <DatePicker
            format={ISO_DATE}
            allowClear={false}
            style={{ width: 200 }}
            disabledDate={(day) => noticeStartProblem(day) != null}
            // Enter confirms a typed date; it must not also publish the notice before its period has been read
            onKeyDown={(event) => { if (event.key === 'Enter') event.preventDefault(); }}
          />
        </Form.Item>
        {chosen && isWeekend(chosen) && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="所选日期为周末：除国家调休上班日外，公示应自工作日开始。" />
        )}
        <Typography.Paragraph aria-live="polite">
          {startsOn && period.data && `公示期 ${formatDate(period.data.startsOn)} 至 ${formatDate(period.data.endsOn)}（${period.data.workingDays}个工作日）`}
        </Typography.Paragraph>
        {late && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={`公示将于${formatDate(period.data?.endsOn)}结束，晚于报送市级的截止日期${formatDate(ofThisCampaign?.forwardingDeadline)}，请提前公示开始日期。`}
          />
        )}
        <ErrorAlert error={period.error} />
        <SubmitStep step={publish}>发布公示</SubmitStep>
      </Form>
    </Card>
  );
}
