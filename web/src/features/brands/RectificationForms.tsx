import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, List, Modal, Progress, Radio, Space, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { formatBytes } from '../../shared/transfer';
import {
  answerRectification, decideRectification, lifecycleKeys, orderRectification, REASONS, uploadEvidence,
  type DecisionRequest, type OrderRequest, type Outcome, type RectificationReason, type RectificationView, type StoredFileView,
} from './lifecycleApi';

/** What the holder may upload as evidence: the registry keeps PDF documents and JPEG or PNG images only. */
const EVIDENCE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function useRefreshBrand(brandId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: lifecycleKeys.brand(brandId) });
}

/** 责令整改: a reviewer orders the brand to rectify, with the notice's reasons, an explanation and a period in working days. */
export function OrderRectificationModal({ brandId, brandName, open, onClose }: { brandId: string; brandName: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrderRequest>();
  const refresh = useRefreshBrand(brandId);
  const order = useMutation({
    mutationFn: (request: OrderRequest) => orderRectification(brandId, request),
    onSuccess: async (ordered) => {
      void message.success(`已责令限期整改，整改期限至 ${formatDate(ordered.deadline)}。`);
      await refresh();
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal title={`责令整改：${brandName}`} open={open} onCancel={onClose} okText="下达整改通知" cancelText="取消"
      confirmLoading={order.isPending} onOk={() => form.submit()} destroyOnHidden>
      <Form<OrderRequest> form={form} layout="vertical" initialValues={{ reasons: [], workingDays: 20 }} onFinish={(values) => order.mutate(values)}>
        <Form.Item name="reasons" label="整改原因" rules={[{ required: true, message: '请至少选择一项整改原因。' }]}>
          <ReasonChoice />
        </Form.Item>
        <Form.Item name="explanation" label="情况说明" rules={[{ required: true, whitespace: true, message: '请写明责令整改的具体情况说明。' },
          { max: 2000, message: '情况说明不能超过 2000 字。' }]}>
          <Input.TextArea rows={4} placeholder="例如：第三季度电话回访显示，培训合格人员实际就业人数明显少于申报数。" />
        </Form.Item>
        <Form.Item name="workingDays" label="整改期限（工作日）" extra="自下达次日起按法定工作日计算"
          rules={[{ required: true, message: '请填写整改期限。' }]}>
          <InputNumber min={1} max={120} precision={0} suffix="个工作日" />
        </Form.Item>
        <ErrorAlert error={order.error} />
      </Form>
    </Modal>
  );
}

/** The notice's reasons as labelled check boxes in a group (the group is not the required control: aria-required is left off). */
function ReasonChoice({ 'aria-required': _required, ...group }: CheckboxGroupProps<RectificationReason>) {
  return <Checkbox.Group<RectificationReason> {...group} role="group" aria-label="整改原因" options={REASONS} />;
}

/** 整改审核: the reviewer accepts the answer, rejects it with a reason (an exit is then proposed), or extends the deadline. */
export function DecisionModal({ rectification, open, onClose }: { rectification: RectificationView; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionRequest>();
  const outcome = Form.useWatch('outcome', form) as Outcome | undefined;
  const refresh = useRefreshBrand(rectification.brandId);
  const decide = useMutation({
    mutationFn: (request: DecisionRequest) => decideRectification(rectification.brandId, rectification.id, request),
    onSuccess: async (decided) => {
      void message.success(decided.status === 'OPEN' ? `整改期限已延长至 ${formatDate(decided.deadline)}。` : `审核结果：${decided.statusLabel}。`);
      await refresh();
      onClose();
    },
  });
  const answered = rectification.status === 'ANSWERED';
  return (
    <Modal title="整改审核" open={open} onCancel={onClose} okText="提交审核结果" cancelText="取消" confirmLoading={decide.isPending}
      onOk={() => form.submit()} destroyOnHidden>
      <Form<DecisionRequest> form={form} layout="vertical" initialValues={{ outcome: answered ? 'ACCEPT' : 'EXTEND' }}
        onFinish={(values) => decide.mutate({ ...values, workingDays: values.outcome === 'EXTEND' ? values.workingDays : undefined })}>
        <Form.Item name="outcome" label="审核结果">
          <Radio.Group>
            <Radio value="ACCEPT" disabled={!answered}>整改通过</Radio>
            <Radio value="REJECT" disabled={!answered}>不予通过</Radio>
            <Radio value="EXTEND">延期</Radio>
          </Radio.Group>
        </Form.Item>
        {outcome === 'REJECT' && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="不予通过后，将对该品牌提出退出建议，由市就业工作领导小组审定。" />
        )}
        <Form.Item name="note" label={outcome === 'ACCEPT' ? '审核意见（可选）' : outcome === 'REJECT' ? '不予通过的理由' : '延期理由'}
          rules={[{ required: outcome !== 'ACCEPT', whitespace: true, message: '请写明理由。' }, { max: 2000, message: '不能超过 2000 字。' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {outcome === 'EXTEND' && (
          <Form.Item name="workingDays" label="延长期限（工作日）" extra="自今天次日起计算，须晚于原期限"
            rules={[{ required: true, message: '延期须填写延长的工作日数。' }]}>
            <InputNumber min={1} max={120} precision={0} suffix="个工作日" />
          </Form.Item>
        )}
        <ErrorAlert error={decide.error} />
      </Form>
    </Modal>
  );
}

/** 整改答复: the holder uploads its evidence and answers, until the deadline (disabled after it). */
export function AnswerPanel({ rectification }: { rectification: RectificationView }) {
  const { message } = App.useApp();
  const refresh = useRefreshBrand(rectification.brandId);
  const [text, setText] = useState('');
  const [uploaded, setUploaded] = useState<StoredFileView[]>(rectification.uploadedEvidence);
  const [selected, setSelected] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | undefined>();
  const answer = useMutation({
    mutationFn: () => answerRectification(rectification.brandId, rectification.id, text, selected),
    onSuccess: async () => {
      void message.success('整改答复已提交，请等待审核。');
      await refresh();
    },
  });
  if (!rectification.answerable) {
    return (
      <Alert type={rectification.status === 'ANSWERED' ? 'info' : 'error'} showIcon
        title={rectification.status === 'ANSWERED' ? '整改答复已提交，等待区人社部门审核。' : `整改期限已于 ${formatDate(rectification.deadline)} 届满，不能再提交整改答复。`} />
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>提交整改答复</Typography.Text>
      <Upload
        accept={EVIDENCE_ACCEPT}
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          setProgress(0);
          uploadEvidence(rectification.brandId, rectification.id, file as File, setProgress)
            .then((stored) => {
              setUploaded((files) => [...files, stored]);
              setSelected((ids) => [...ids, stored.id]);
              onSuccess?.(stored);
            })
            .catch((error: unknown) => {
              void message.error(messageOf(error));
              onError?.(error as Error);
            })
            .finally(() => setProgress(undefined));
        }}
      >
        <Button icon={<UploadOutlined />}>上传佐证材料（PDF、JPG、PNG）</Button>
      </Upload>
      {progress !== undefined && <Progress percent={progress} size="small" />}
      {uploaded.length > 0 && (
        <Checkbox.Group value={selected} onChange={(ids) => setSelected(ids as string[])} style={{ width: '100%' }}>
          <List size="small" bordered style={{ width: '100%' }} dataSource={uploaded} renderItem={(file) => (
            <List.Item>
              <Checkbox value={file.id}><PaperClipOutlined /> {file.name}（{formatBytes(file.sizeBytes)}）</Checkbox>
            </List.Item>
          )} />
        </Checkbox.Group>
      )}
      <Input.TextArea aria-label="整改情况说明" rows={4} value={text} maxLength={4000} onChange={(event) => setText(event.target.value)}
        placeholder="请说明整改措施及完成情况" />
      <ErrorAlert error={answer.error} />
      <Button type="primary" loading={answer.isPending} disabled={!text.trim() || selected.length === 0} onClick={() => answer.mutate()}>
        提交整改答复
      </Button>
    </Space>
  );
}
