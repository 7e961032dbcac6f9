import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { MaskedWorker } from './rosterModel';
import { discloseWorker } from './rosterQueries';

export const DISCLOSURE_REASON_MAX = 300;

interface DisclosureValues {
  reason: string;
}

/**
 * 查看完整信息: a reviewer asks for one worker's name, ID number and phone in full, saying why; the service records the
 * read (who, when, why) before it answers, and the dialog then shows the data until it is closed.
 */
export function DisclosureDialog({ applicationId, worker, onClose }: { applicationId: string; worker: MaskedWorker; onClose: () => void }) {
  const [form] = Form.useForm<DisclosureValues>();
  const disclose = useMutation({
    mutationFn: (values: DisclosureValues) => discloseWorker(applicationId, worker.line!, values.reason.trim()),
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message }) => ({ name: field as 'reason', errors: [message] })));
      }
    },
  });
  const disclosed = disclose.data;
  return (
    <Modal
      open
      title="查看完整信息"
      onCancel={onClose}
      destroyOnHidden
      footer={disclosed
        ? <Button type="primary" onClick={onClose}>关闭</Button>
        : [
          <Button key="cancel" onClick={onClose}>取消</Button>,
          <Button key="ok" type="primary" loading={disclose.isPending} onClick={() => form.submit()}>确认查看</Button>,
        ]}
    >
      <Typography.Paragraph>
        花名册第 {worker.line} 行：{worker.name}（{worker.idNumber}），{worker.year}年度。
      </Typography.Paragraph>
      {disclosed ? (
        <>
          <Alert type="info" showIcon title="本次查看已记录（查看人、时间、理由）。请勿截屏、抄录或转发个人信息。" style={{ marginBottom: 16 }} />
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'name', label: '姓名', children: disclosed.name },
              { key: 'id', label: '身份证号码', children: disclosed.idNumber },
              { key: 'phone', label: '手机号码', children: disclosed.phone },
            ]}
          />
        </>
      ) : (
        <>
          <Alert type="warning" showIcon title="完整的个人信息仅用于核实申报，每次查看都会记录查看人、时间和理由。" style={{ marginBottom: 16 }} />
          <Form<DisclosureValues> form={form} layout="vertical" onFinish={(values) => disclose.mutate(values)}>
            <Form.Item
              name="reason"
              label="查看理由"
              rules={[
                { required: true, whitespace: true, message: '请说明查看完整信息的理由' },
                { max: DISCLOSURE_REASON_MAX, message: `理由不能超过 ${DISCLOSURE_REASON_MAX} 个字` },
              ]}
            >
              <Input.TextArea rows={3} maxLength={DISCLOSURE_REASON_MAX} showCount placeholder="例如：电话核实该务工人员的就业情况" />
            </Form.Item>
          </Form>
          <ErrorAlert error={disclose.error} />
        </>
      )}
    </Modal>
  );
}
