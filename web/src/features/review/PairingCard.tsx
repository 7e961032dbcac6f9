import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';

type PairingRequest = components['schemas']['PairingRequest'];

/**
 * 结对帮扶: the district records the unit's pairing with a poverty-alleviated area (key assisted areas first), which the
 * city uses to rank brands of equal standing; read-only once the case is forwarded and for city staff.
 */
export function PairingCard({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PairingRequest>();
  const key = ['reviews', 'case', caseId, 'pairing'];
  const pairing = useQuery({
    queryKey: key,
    queryFn: async () => (await unwrap(reviewApi.GET('/api/reviews/cases/{id}/pairing', { params: { path: { id: caseId } } }))) ?? null,
  });
  const save = useMutation({
    mutationFn: (body: PairingRequest) => unwrap(reviewApi.PUT('/api/reviews/cases/{id}/pairing', { params: { path: { id: caseId } }, body })),
    onSuccess: () => {
      void message.success('结对帮扶情况已记录。');
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const recorded = pairing.data;
  return (
    <Card title="结对帮扶情况（同等条件下优先）">
      <ErrorAlert error={pairing.error} />
      {recorded ? (
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'area', label: '结对地区', children: recorded.area },
            { key: 'key', label: '重点帮扶地区', children: recorded.keyAssisted ? '是' : '否' },
            { key: 'arrangement', label: '结对内容', span: 'filled', children: recorded.arrangement },
            { key: 'by', label: '记录', children: `${recorded.recordedBy}，${formatDateTime(recorded.recordedAt)}` },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary">未记录结对帮扶情况。</Typography.Paragraph>
      )}
      {editable && (
        <Form<PairingRequest>
          form={form}
          layout="vertical"
          style={{ maxWidth: 640, marginTop: 16 }}
          initialValues={recorded ?? undefined}
          onFinish={(values) => save.mutate(values)}
        >
          <Form.Item name="area" label="结对的脱贫地区" rules={[{ required: true, whitespace: true, message: '请填写结对的脱贫地区' }]}>
            <Input maxLength={100} placeholder="例如：贵州省六盘水市水城区" />
          </Form.Item>
          <Form.Item name="keyAssisted" label="是否为重点帮扶地区" rules={[{ required: true, message: '请选择是否为重点帮扶地区' }]}>
            <Radio.Group aria-label="是否为重点帮扶地区" options={[{ value: true, label: '是' }, { value: false, label: '否' }]} />
          </Form.Item>
          <Form.Item name="arrangement" label="结对内容" rules={[{ required: true, whitespace: true, message: '请写明结对帮扶的具体内容' }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount placeholder="劳务协作协议、吸纳脱贫劳动力就业人数等" />
          </Form.Item>
          <ErrorAlert error={save.error} />
          <Space style={{ marginTop: 8 }}>
            <Button type="primary" htmlType="submit" loading={save.isPending}>保存结对情况</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
