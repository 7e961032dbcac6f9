import { Alert, Button, Descriptions, Form, Input, Modal, Typography, type DescriptionsProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { ErrorAlert } from './ErrorAlert';

export const REVEAL_REASON_MAX = 300;

interface ReasonValues {
  reason: string;
}

/**
 * Personal data shown in full once, with a reason: the person says why, the service records the read (who, when, why)
 * before it answers, and the data shows in this dialog only, until it is closed. Every such read of the SPA is one.
 */
export function AuditedRevealDialog<T>({ title, subject, warning, recorded, reasonRequired, placeholder, reveal, describe, onRevealed, onClose }: {
  title: string;
  /** what is about to be revealed, as masked */
  subject: ReactNode;
  /** what the data may be used for, said before */
  warning: string;
  /** what was recorded and what not to do with the data, said after */
  recorded: string;
  /** the message when no reason is given */
  reasonRequired: string;
  placeholder: string;
  reveal: (reason: string) => Promise<T>;
  describe: (revealed: T) => DescriptionsProps['items'];
  onRevealed?: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ReasonValues>();
  const read = useMutation({
    mutationFn: (values: ReasonValues) => reveal(values.reason.trim()),
    onSuccess: () => onRevealed?.(),
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message }) => ({ name: field as 'reason', errors: [message] })));
      }
    },
  });
  const revealed = read.data;
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={revealed
        ? <Button type="primary" onClick={onClose}>关闭</Button>
        : [
          <Button key="cancel" onClick={onClose}>取消</Button>,
          <Button key="ok" type="primary" loading={read.isPending} onClick={() => form.submit()}>确认查看</Button>,
        ]}
    >
      <Typography.Paragraph>{subject}</Typography.Paragraph>
      {revealed ? (
        <>
          <Alert type="info" showIcon title={recorded} style={{ marginBottom: 16 }} />
          <Descriptions bordered size="small" column={1} items={describe(revealed)} />
        </>
      ) : (
        <>
          <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} />
          <Form<ReasonValues> form={form} layout="vertical" onFinish={(values) => read.mutate(values)}>
            <Form.Item
              name="reason"
              label="查看理由"
              rules={[
                { required: true, whitespace: true, message: reasonRequired },
                { max: REVEAL_REASON_MAX, message: `理由不能超过 ${REVEAL_REASON_MAX} 个字` },
              ]}
            >
              <Input.TextArea rows={3} maxLength={REVEAL_REASON_MAX} showCount placeholder={placeholder} />
            </Form.Item>
          </Form>
          <ErrorAlert error={read.error} />
        </>
      )}
    </Modal>
  );
}
