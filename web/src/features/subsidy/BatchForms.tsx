import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { batchKeys, defaultPurpose, prepareBatch, returnBatch, type BatchDetail } from './batchApi';

interface PrepareValues {
  year: number;
  purpose?: string;
}

/** The clerk prepares a payment batch of the selected waiting entitlements; the service refuses one already in another batch. */
export function PrepareBatchModal({ entitlementIds, totalFen, onClose, onPrepared }: {
  entitlementIds: string[];
  totalFen: number;
  onClose: () => void;
  onPrepared: (batch: BatchDetail) => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PrepareValues>();
  const year = Form.useWatch('year', form);
  const prepare = useMutation({
    mutationFn: (values: PrepareValues) => prepareBatch({ year: values.year, entitlementIds, purpose: values.purpose?.trim() || undefined }),
    onSuccess: async (batch) => {
      void message.success(`支付批次已编制（${batch.totalText}），待财务审核。`);
      await queryClient.invalidateQueries({ queryKey: ['subsidies'] });
      onPrepared(batch);
    },
  });
  return (
    <Modal title="编制支付批次" open onCancel={onClose} okText="提交审核" cancelText="取消" confirmLoading={prepare.isPending}
      onOk={() => form.submit()} destroyOnHidden>
      <Typography.Paragraph>
        已选 {entitlementIds.length} 条补贴资格，合计 {(totalFen / 100).toLocaleString('zh-CN', { style: 'currency', currency: 'CNY' })}。
        收款账户取自各单位档案中的银行账户。
      </Typography.Paragraph>
      <Form<PrepareValues> form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() }}
        onFinish={(values) => prepare.mutate(values)}>
        <Form.Item name="year" label="预算年度" rules={[{ required: true, message: '请填写预算年度。' },
          { type: 'number', min: 2000, max: 2100, message: '预算年度应在 2000 至 2100 年之间。' }]}>
          <InputNumber precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="purpose" label="用途" rules={[{ max: 200, message: '用途不超过 200 个字。' }]}>
          <Input placeholder={year ? defaultPurpose(year) : undefined} />
        </Form.Item>
        <ErrorAlert error={prepare.error} />
      </Form>
    </Modal>
  );
}

/** The approver returns a batch to the clerk, with the reason written out. */
export function ReturnBatchModal({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const send = useMutation({
    mutationFn: ({ reason }: { reason: string }) => returnBatch(batchId, reason.trim()),
    onSuccess: async () => {
      void message.success('支付批次已退回，所含补贴资格可重新编制。');
      await queryClient.invalidateQueries({ queryKey: batchKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['subsidies', 'entitlements'] });
      onClose();
    },
  });
  return (
    <Modal title="退回支付批次" open onCancel={onClose} okText="退回" okButtonProps={{ danger: true }} cancelText="取消"
      confirmLoading={send.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => send.mutate(values)}>
        <Form.Item name="reason" label="退回原因" rules={[{ required: true, whitespace: true, message: '退回时请写明原因。' },
          { max: 500, message: '退回原因不超过 500 个字。' }]}>
          <Input.TextArea rows={3} placeholder="例如：开户行名称与单位信息不符，请核实" />
        </Form.Item>
        <ErrorAlert error={send.error} />
      </Form>
    </Modal>
  );
}
