import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { revealNumber, supervisionKeys, type Call } from './supervisionApi';

export const REVEAL_REASON_MAX = 300;

interface RevealValues {
  reason: string;
}

/**
 * 查看号码: the reviewer asks for one call's number in full, saying why; the registry and application-service both record
 * the read before it answers. The number shows in this dialog only, until it is closed; it is never kept.
 */
export function RevealDialog({ brandId, quarter, call, onClose }: { brandId: string; quarter: string; call: Call; onClose: () => void }) {
  const [form] = Form.useForm<RevealValues>();
  const queryClient = useQueryClient();
  const reveal = useMutation({
    mutationFn: (values: RevealValues) => revealNumber(brandId, quarter, call.position, values.reason.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supervisionKeys.callList(brandId, quarter) }),
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message }) => ({ name: field as 'reason', errors: [message] })));
      }
    },
  });
  const revealed = reveal.data;
  return (
    <Modal
      open
      title="查看号码"
      onCancel={onClose}
      destroyOnHidden
      footer={revealed
        ? <Button type="primary" onClick={onClose}>关闭</Button>
        : [
          <Button key="cancel" onClick={onClose}>取消</Button>,
          <Button key="ok" type="primary" loading={reveal.isPending} onClick={() => form.submit()}>确认查看</Button>,
        ]}
    >
      <Typography.Paragraph>
        回访名单第 {call.position} 位：{call.maskedName}（{call.maskedPhone}），{call.year}年度，{call.employer}。
      </Typography.Paragraph>
      {revealed ? (
        <>
          <Alert type="info" showIcon title="本次查看已记录（查看人、时间、理由）。号码仅用于本次回访，请勿抄录或转发。" style={{ marginBottom: 16 }} />
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'name', label: '姓名', children: revealed.name },
              { key: 'phone', label: '手机号码', children: revealed.phone },
            ]}
          />
        </>
      ) : (
        <>
          <Alert type="warning" showIcon title="完整号码仅用于电话回访，每次查看都会记录查看人、时间和理由。" style={{ marginBottom: 16 }} />
          <Form<RevealValues> form={form} layout="vertical" onFinish={(values) => reveal.mutate(values)}>
            <Form.Item
              name="reason"
              label="查看理由"
              rules={[
                { required: true, whitespace: true, message: '请说明查看完整号码的理由' },
                { max: REVEAL_REASON_MAX, message: `理由不能超过 ${REVEAL_REASON_MAX} 个字` },
              ]}
            >
              <Input.TextArea rows={3} maxLength={REVEAL_REASON_MAX} showCount placeholder="例如：本季度电话回访，核实就业情况" />
            </Form.Item>
          </Form>
          <ErrorAlert error={reveal.error} />
        </>
      )}
    </Modal>
  );
}
