import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { fetchInspections, recordInspection, supervisionKeys, type InspectionRating, type TrainingInspection } from './supervisionApi';
import { RATING_OPTIONS } from './supervisionModel';

const RATING_COLORS: Record<InspectionRating, string> = { QUALIFIED: 'success', BASICALLY_QUALIFIED: 'warning', UNQUALIFIED: 'error' };

interface InspectionValues {
  inspectedOn: Dayjs;
  place: string;
  inspectors: string[];
  itemsChecked: string[];
  findings: string;
  rating: InspectionRating;
  followUp?: string;
}

/** 培训质量督查: the brand's inspections, latest first; the district's reviewer records a new one. */
export function TrainingInspections({ brandId, canRecord }: { brandId: string; canRecord: boolean }) {
  const inspections = useQuery({ queryKey: supervisionKeys.inspections(brandId), queryFn: () => fetchInspections(brandId) });
  const [recording, setRecording] = useState(false);
  return (
    <Card
      title="培训质量督查"
      extra={canRecord && <Button icon={<PlusOutlined />} onClick={() => setRecording(true)}>记录督查</Button>}
    >
      <ErrorAlert error={inspections.error} />
      <Table<TrainingInspection>
        rowKey="id"
        size="small"
        loading={inspections.isLoading}
        dataSource={inspections.data ?? []}
        pagination={false}
        locale={{ emptyText: '暂无督查记录' }}
        columns={[
          { title: '督查日期', dataIndex: 'inspectedOn', render: (date: string) => formatDate(date) },
          { title: '地点', dataIndex: 'place' },
          { title: '督查人员', dataIndex: 'inspectors', render: (names: string[]) => names.join('、') },
          { title: '督查事项', dataIndex: 'itemsChecked', render: (items: string[]) => items.join('；') },
          { title: '发现问题', dataIndex: 'findings' },
          { title: '结论', dataIndex: 'ratingLabel', render: (label: string, row) => <Tag color={RATING_COLORS[row.rating]}>{label}</Tag> },
          { title: '整改跟踪', dataIndex: 'followUp', render: (text: string | null) => text ?? '—' },
        ]}
      />
      {recording && <InspectionForm brandId={brandId} onClose={() => setRecording(false)} />}
    </Card>
  );
}

function InspectionForm({ brandId, onClose }: { brandId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionValues>();
  const queryClient = useQueryClient();
  const rating = Form.useWatch('rating', form);
  const record = useMutation({
    mutationFn: (values: InspectionValues) => recordInspection(brandId, {
      ...values,
      inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
      followUp: values.followUp?.trim() || undefined,
    }),
    onSuccess: () => {
      message.success('督查记录已保存');
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.inspections(brandId) });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field as keyof InspectionValues, errors: [text] })));
      }
    },
  });
  return (
    <Modal open title="记录培训质量督查" onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={record.isPending} destroyOnHidden>
      <Form<InspectionValues> form={form} layout="vertical" onFinish={(values) => record.mutate(values)}>
        <Form.Item name="inspectedOn" label="督查日期" rules={[{ required: true, message: '请填写督查日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="督查地点" rules={[{ required: true, whitespace: true, message: '请填写督查地点' }, { max: 200 }]}>
          <Input placeholder="例如：甘井子区华北路 188 号金港培训基地" />
        </Form.Item>
        <Form.Item name="inspectors" label="督查人员" rules={[{ required: true, message: '请填写督查人员' }]}>
          <Select mode="tags" tokenSeparators={['，', ',', '、']} placeholder="输入姓名后回车" open={false} />
        </Form.Item>
        <Form.Item name="itemsChecked" label="督查事项" rules={[{ required: true, message: '请填写督查事项' }]}>
          <Select mode="tags" tokenSeparators={['；', ';']} placeholder="例如：培训计划与课时记录、师资资质、结业考核" open={false} />
        </Form.Item>
        <Form.Item name="findings" label="发现问题" rules={[{ required: true, whitespace: true, message: '请填写督查发现' }, { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="rating" label="督查结论" rules={[{ required: true, message: '请选择督查结论' }]}>
          <Select options={RATING_OPTIONS} />
        </Form.Item>
        <Form.Item
          name="followUp"
          label="整改或跟踪措施"
          rules={[{ required: rating !== undefined && rating !== 'QUALIFIED', whitespace: true, message: '结论为“基本合格”或“不合格”时须填写' }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
      <ErrorAlert error={record.error} />
    </Modal>
  );
}
