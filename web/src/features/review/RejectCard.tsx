import { App, Card, Form, Input, Typography } from 'antd';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { REASON_MINIMUM, type CaseDetail } from './caseActions';
import { SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

type RejectionRequest = components['schemas']['RejectionRequest'];

/**
 * 不予通过: the office working on the case ends it with the reason the unit receives (for a supplement not handed in by
 * its day, a fact found during the notice, …). Asked once more: it cannot be undone.
 */
export function RejectCard({ detail }: { detail: CaseDetail }) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<RejectionRequest>();
  const reject = useCaseStep(
    form,
    (body: RejectionRequest) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/rejection', { params: { path: { id: detail.id! } }, body })),
    () => '已作出不予通过的决定，申报单位将收到通知和理由。',
  );
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>不予通过</Typography.Title>
      <Typography.Paragraph type="secondary">
        评审中发现不符合条件的（如逾期未补充材料、公示期间查实问题），可作出不予通过的决定。理由将告知申报单位，并记入评审记录。
      </Typography.Paragraph>
      <Form<RejectionRequest>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={(values) => modal.confirm({
          title: '确认不予通过？',
          content: `「${detail.brandName}」的评审将就此结束，提交后不能撤回。`,
          okText: '确认不予通过',
          okButtonProps: { danger: true },
          cancelText: '取消',
          onOk: () => reject.mutate(values),
        })}
      >
        <Form.Item
          name="reason"
          label="不予通过的理由"
          rules={[
            { required: true, whitespace: true, message: '请写明不予通过的理由' },
            { min: REASON_MINIMUM, message: `理由至少 ${REASON_MINIMUM} 个字，请写成一句完整的话` },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="例如：逾期未按要求补充 2022 年度培训台账，无法核实培训人数。" />
        </Form.Item>
        <SubmitStep step={reject}>不予通过</SubmitStep>
      </Form>
    </Card>
  );
}
