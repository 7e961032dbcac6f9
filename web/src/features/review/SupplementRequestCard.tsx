import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { APPLICATION_PARTS, type ApplicationPart } from '../../shared/vocabulary';
import type { CaseDetail } from './caseActions';
import { useCaseStep } from './useCaseStep';

type SupplementRequest = components['schemas']['SupplementRequest'];

export const DUE_WORKING_DAYS_DEFAULT = 3;

/**
 * 要求补充材料: before deciding, the district asks the unit to supplement named parts of its application within some
 * working days; the case waits until the unit resubmits, then comes back to the district's review.
 */
export function SupplementRequestCard({ detail }: { detail: CaseDetail }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SupplementRequest>();
  const ask = useCaseStep(
    form,
    (body: SupplementRequest) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/supplement-request', {
      params: { path: { id: detail.id! } }, body,
    })),
    () => '已要求申报单位补充材料，单位补充后将重新提交至本部门审核。',
  );

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>要求补充材料</Typography.Title>
      <Typography.Paragraph type="secondary">
        材料不齐全或数据需要核实的，可在作出初审意见前要求申报单位在规定的工作日内补充；补充期间案件暂停初审，单位重新提交后回到区级初审。
      </Typography.Paragraph>
      <Button onClick={() => setOpen(true)}>要求补充材料</Button>
      <Modal
        open={open}
        title="要求补充材料"
        okText="发送补充要求"
        cancelText="取消"
        okButtonProps={{ loading: ask.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form<SupplementRequest>
          form={form}
          layout="vertical"
          initialValues={{ parts: [], dueWorkingDays: DUE_WORKING_DAYS_DEFAULT }}
          onFinish={(values) => ask.mutate({ ...values, note: values.note.trim() }, { onSuccess: () => setOpen(false) })}
        >
          <Form.Item name="parts" label="需要补充的内容" rules={[{ required: true, type: 'array', min: 1, message: '请选择需要补充的内容' }]}>
            <PartChoice />
          </Form.Item>
          <Form.Item
            name="note"
            label="补充说明"
            extra="写明需要补充什么、为什么，单位将在申报书上看到这段说明"
            rules={[{ required: true, whitespace: true, message: '请写明需要补充什么、为什么' }]}
          >
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item
            name="dueWorkingDays"
            label="补充期限（工作日）"
            extra="自明日起按国家法定节假日安排计算"
            rules={[{ required: true, type: 'integer', min: 1, max: 30, message: '补充期限应为 1 至 30 个工作日' }]}
          >
            <InputNumber<number> min={1} max={30} precision={0} suffix="个工作日" style={{ width: 200 }} />
          </Form.Item>
        </Form>
        <ErrorAlert error={ask.error} />
      </Modal>
    </Card>
  );
}

/** The parts as labelled check boxes in a group (the group itself is not the required control, so aria-required is left off). */
function PartChoice({ 'aria-required': _required, ...group }: CheckboxGroupProps<ApplicationPart>) {
  return (
    <Checkbox.Group<ApplicationPart>
      {...group}
      role="group"
      aria-label="需要补充的内容"
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      options={(Object.keys(APPLICATION_PARTS) as ApplicationPart[]).map((part) => ({ value: part, label: APPLICATION_PARTS[part] }))}
    />
  );
}
