import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Progress, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { lifecycleKeys, recordProvincial, uploadProvincialDocument, type StoredFileView } from './lifecycleApi';

interface ProvincialValues {
  decisionReference: string;
  decidedOn: Dayjs;
}

/** 录入省级认定: the leading group office uploads the province's decision document, then records its reference and date. */
export function ProvincialModal({ brandId, brandName, open, onClose }: { brandId: string; brandName: string; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProvincialValues>();
  const [document, setDocument] = useState<StoredFileView | undefined>();
  const [progress, setProgress] = useState<number | undefined>();
  const record = useMutation({
    mutationFn: (values: ProvincialValues) => recordProvincial(brandId, values.decisionReference.trim(), values.decidedOn.format('YYYY-MM-DD'), document!.id),
    onSuccess: async () => {
      void message.success('省级认定已录入。');
      await queryClient.invalidateQueries({ queryKey: lifecycleKeys.brand(brandId) });
      onClose();
    },
  });
  return (
    <Modal title={`录入省级认定：${brandName}`} open={open} onCancel={onClose} okText="录入" cancelText="取消" confirmLoading={record.isPending}
      okButtonProps={{ disabled: !document }} onOk={() => form.submit()} destroyOnHidden>
      <Form<ProvincialValues> form={form} layout="vertical" onFinish={(values) => record.mutate(values)}>
        <Form.Item label="省级认定文件" required extra="PDF 或扫描图片（JPG、PNG）">
          <Upload accept=".pdf,.jpg,.jpeg,.png" showUploadList={false} customRequest={({ file, onSuccess, onError }) => {
            setProgress(0);
            uploadProvincialDocument(brandId, file as File, setProgress)
              .then((stored) => { setDocument(stored); onSuccess?.(stored); })
              .catch((error: unknown) => { void message.error(messageOf(error)); onError?.(error as Error); })
              .finally(() => setProgress(undefined));
          }}>
            <Button icon={<UploadOutlined />}>{document ? '重新上传' : '上传文件'}</Button>
          </Upload>
          {progress !== undefined && <Progress percent={progress} size="small" />}
          {document && <Typography.Text type="secondary">{document.name}（SHA-256 {document.sha256.slice(0, 12)}…）</Typography.Text>}
        </Form.Item>
        <Form.Item name="decisionReference" label="决定文号" rules={[{ required: true, whitespace: true, message: '请填写省级认定的决定文号。' }]}>
          <Input placeholder="例如：辽人社〔2026〕88号" />
        </Form.Item>
        <Form.Item name="decidedOn" label="认定日期" rules={[{ required: true, message: '请选择认定日期。' }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <ErrorAlert error={record.error} />
      </Form>
    </Modal>
  );
}
