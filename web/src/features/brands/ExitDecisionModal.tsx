import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { decideExit, lifecycleKeys } from './lifecycleApi';

interface ExitValues {
  decisionReference: string;
  decidedOn: Dayjs;
}

/** 退出审定: the leading group office records its decision (文号 and date) on a proposed exit. */
export function ExitDecisionModal({ brandId, brandName, open, onClose }: { brandId: string; brandName: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ExitValues>();
  const exit = useMutation({
    mutationFn: (values: ExitValues) => decideExit(brandId, values.decisionReference.trim(), values.decidedOn.format('YYYY-MM-DD')),
    onSuccess: async () => {
      void message.success(`「${brandName}」已退出劳务品牌库。`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: lifecycleKeys.brand(brandId) }),
        queryClient.invalidateQueries({ queryKey: lifecycleKeys.exits }),
      ]);
      onClose();
    },
  });
  return (
    <Modal title={`退出决定：${brandName}`} open={open} onCancel={onClose} okText="确认退出" okButtonProps={{ danger: true }} cancelText="取消"
      confirmLoading={exit.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form<ExitValues> form={form} layout="vertical" initialValues={{ decidedOn: dayjs() }} onFinish={(values) => exit.mutate(values)}>
        <Form.Item name="decisionReference" label="决定文号" rules={[{ required: true, whitespace: true, message: '请填写市就业工作领导小组的决定文号。' },
          { max: 100, message: '决定文号不能超过 100 个字符。' }]}>
          <Input placeholder="例如：大就组发〔2026〕12号" />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期。' }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <ErrorAlert error={exit.error} />
      </Form>
    </Modal>
  );
}
