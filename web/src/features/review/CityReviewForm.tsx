import { Card, Form, Radio, Typography } from 'antd';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { REASON_MINIMUM, type CaseDetail } from './caseActions';
import { OpinionField, SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

type CityReviewRequest = components['schemas']['CityReviewRequest'];

/** 市级复审意见: the city bureau re-reviews what a district forwarded after its notice. */
export function CityReviewForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<CityReviewRequest>();
  const approved = Form.useWatch('approved', form);
  const review = useCaseStep(
    form,
    (body: CityReviewRequest) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/city-review', {
      params: { path: { id: detail.id! } }, body,
    })),
    (reviewed) => (reviewed.stage === 'APPROVAL' ? '复审意见已提交，已报市就业工作领导小组办公室认定。' : '复审意见已提交，该申报未通过市级复审。'),
  );

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>市级复审意见</Typography.Title>
      <Form<CityReviewRequest> form={form} layout="vertical" style={{ maxWidth: 640 }} onFinish={(values) => review.mutate(values)}>
        <Form.Item name="approved" label="复审结论" rules={[{ required: true, message: '请选择复审结论' }]}>
          <Radio.Group aria-label="复审结论" options={[{ value: true, label: '通过' }, { value: false, label: '不通过' }]} />
        </Form.Item>
        <OpinionField label="复审意见" minLength={approved === false ? REASON_MINIMUM : undefined} />
        <SubmitStep step={review}>提交复审意见</SubmitStep>
      </Form>
    </Card>
  );
}
