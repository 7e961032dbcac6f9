import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { applicationKeys, withdrawApplication } from './applicationQueries';
import type { ApplicationView } from './formModel';

export const WITHDRAWAL_REASON_MAX = 500;

interface WithdrawalValues {
  reason: string;
}

/** 撤回申报: the unit says why it withdraws what it handed in; the district's case closes with that reason. */
export function WithdrawDialog({ application, onClose }: { application: ApplicationView; onClose: () => void }) {
  const [form] = Form.useForm<WithdrawalValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: (values: WithdrawalValues) => withdrawApplication(application.id!, values.reason.trim()),
    onSuccess: (withdrawn) => {
      message.success('申报已撤回');
      queryClient.setQueryData(applicationKeys.one(application.id!), withdrawn);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'progress', application.id] });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field as 'reason', errors: [text] })));
      }
    },
  });
  return (
    <Modal
      open
      title="撤回申报"
      okText="确认撤回"
      cancelText="取消"
      okButtonProps={{ danger: true, loading: withdraw.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        撤回后「{application.brandName}」将不再参加本批次评审，区人社部门的审核随即终止，且不能恢复。
      </Typography.Paragraph>
      <Form<WithdrawalValues> form={form} layout="vertical" onFinish={(values) => withdraw.mutate(values)}>
        <Form.Item
          name="reason"
          label="撤回原因"
          rules={[
            { required: true, whitespace: true, message: '请说明撤回的原因' },
            { max: WITHDRAWAL_REASON_MAX, message: `撤回原因不能超过 ${WITHDRAWAL_REASON_MAX} 个字` },
          ]}
        >
          <Input.TextArea rows={4} maxLength={WITHDRAWAL_REASON_MAX} showCount />
        </Form.Item>
      </Form>
      <ErrorAlert error={withdraw.error} />
    </Modal>
  );
}
