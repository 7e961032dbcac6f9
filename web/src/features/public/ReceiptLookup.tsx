import { Button, Descriptions, Form, Input, Tag } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import type { ObjectionStatus } from './objectionModel';

interface LookupValues {
  receipt: string;
  code: string;
}

const STATUS_COLORS: Record<NonNullable<ObjectionStatus['status']>, string> = { RECEIVED: 'processing', INVESTIGATING: 'warning', RESOLVED: 'success' };

/** 异议查询: the person who objected looks the objection up with the receipt number and the query code. */
export function ReceiptLookup() {
  const [params] = useSearchParams();
  const [form] = Form.useForm<LookupValues>();
  const lookup = useMutation({
    mutationFn: (values: LookupValues) => unwrap(reviewApi.GET('/api/public/objections/{receipt}', {
      params: { path: { receipt: values.receipt.trim() }, query: { code: values.code.trim() } },
    })),
  });
  const found = lookup.data;
  return (
    <>
      <Form<LookupValues>
        form={form}
        layout="inline"
        initialValues={{ receipt: params.get('receipt') ?? '' }}
        onFinish={(values) => lookup.mutate(values)}
        style={{ marginBottom: 24, rowGap: 12 }}
      >
        <Form.Item name="receipt" label="受理编号" rules={[{ required: true, whitespace: true, message: '请填写受理编号' }]}>
          <Input style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="code" label="查询码" rules={[{ required: true, whitespace: true, message: '请填写查询码' }]}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={lookup.isPending}>查询</Button>
      </Form>
      <ErrorAlert error={lookup.error} />
      {found && (
        <Descriptions bordered column={1} title="异议办理情况">
          <Descriptions.Item label="受理编号">{found.receiptNumber}</Descriptions.Item>
          <Descriptions.Item label="劳务品牌">{found.brandName}</Descriptions.Item>
          <Descriptions.Item label="申报单位">{found.unitName}</Descriptions.Item>
          <Descriptions.Item label="提出时间">{formatDateTime(found.lodgedAt)}</Descriptions.Item>
          <Descriptions.Item label="办理状态"><Tag color={found.status ? STATUS_COLORS[found.status] : undefined}>{found.statusLabel}</Tag></Descriptions.Item>
          {found.outcome && <Descriptions.Item label="处理结果">{found.outcomeLabel}</Descriptions.Item>}
          {found.finding && <Descriptions.Item label="调查核实结论">{found.finding}</Descriptions.Item>}
          {found.resolvedAt && <Descriptions.Item label="办结时间">{formatDateTime(found.resolvedAt)}</Descriptions.Item>}
        </Descriptions>
      )}
    </>
  );
}
