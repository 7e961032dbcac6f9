import { useState } from 'react';
import { App, Button, Card, Descriptions, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import {
  CHANNELS, DELIVERY_STATUSES, deliveryKeys, fetchDeliveries, fetchDelivery, resendDelivery,
  type Delivery, type DeliveryAttempt, type DeliveryChannel, type DeliveryStatus,
} from './deliveryApi';

/** 重新发送: a failed delivery goes out again, to the address known now (a unit may have corrected its profile). */
function Resend({ delivery }: { delivery: Delivery }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: () => resendDelivery(delivery.id),
    onSuccess: async () => {
      void message.success(`已重新安排发送：${delivery.subject ?? delivery.kindLabel}`);
      await queryClient.invalidateQueries({ queryKey: deliveryKeys.all });
    },
    onError: (error) => void message.error(error.message),
  });
  if (delivery.status !== 'FAILED') return null;
  return (
    <Popconfirm title="重新发送该消息？" description="将按收件人当前的联系方式重新发送。" okText="重新发送" cancelText="取消"
      onConfirm={() => resend.mutate()}>
      <Button size="small" loading={resend.isPending}>重新发送</Button>
    </Popconfirm>
  );
}

/** One delivery with its content and every attempt, the provider's answer included. */
function DeliveryDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const detail = useQuery({ queryKey: [...deliveryKeys.all, id], queryFn: () => fetchDelivery(id!), enabled: id !== undefined });
  const delivery = detail.data;
  return (
    <Drawer open={id !== undefined} onClose={onClose} size="large" title={delivery ? `投递详情：${delivery.kindLabel}` : '投递详情'}>
      <ErrorAlert error={detail.error} />
      {delivery && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="small" items={[
            { key: 'channel', label: '渠道', children: CHANNELS[delivery.channel] },
            { key: 'recipient', label: '收件人', children: `${delivery.recipientName ?? ''} ${delivery.recipient}` },
            { key: 'status', label: '状态', children: <Tag color={DELIVERY_STATUSES[delivery.status].color}>{DELIVERY_STATUSES[delivery.status].label}</Tag> },
            { key: 'subject', label: '主题', children: delivery.subject ?? '—' },
            { key: 'content', label: '内容', children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{delivery.content}</Typography.Paragraph> },
            { key: 'event', label: '来源事件', children: <Typography.Text code>{delivery.eventId}</Typography.Text> },
          ]} />
          <Table<DeliveryAttempt>
            rowKey="attemptedAt"
            size="small"
            pagination={false}
            dataSource={delivery.attemptLog}
            locale={{ emptyText: '尚未发送' }}
            columns={[
              { title: '时间', dataIndex: 'attemptedAt', render: (at: string) => formatDateTime(at) },
              { title: '结果', dataIndex: 'outcome' },
              { title: '服务商应答', key: 'answer', render: (_: unknown, attempt) => [attempt.providerStatus, attempt.providerAnswer].filter(Boolean).join(' ') || '—' },
              { title: '耗时', dataIndex: 'durationMillis', render: (ms?: number | null) => (ms == null ? '—' : `${ms} 毫秒`) },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

/** 消息投递: the operator's log of every e-mail and SMS, where failures are found and sent again. */
export function DeliveryLog() {
  const [status, setStatus] = useState<DeliveryStatus | undefined>();
  const [channel, setChannel] = useState<DeliveryChannel | undefined>();
  const [opened, setOpened] = useState<string | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>消息投递</Typography.Title>
      <Typography.Paragraph type="secondary">
        每条需发送的电子邮件和短信及其每次发送结果。暂时失败的（邮件服务器或短信网关不可用、限流）自动按递增间隔重试；
        无法送达的（号码或邮箱格式错误、被服务商拒绝、超过重试期限）列为“发送失败”，核实后可重新发送。
      </Typography.Paragraph>
      <Space wrap>
        <FilterSelect<DeliveryStatus> id="delivery-status" label="状态" value={status} onChange={setStatus}
          options={(Object.keys(DELIVERY_STATUSES) as DeliveryStatus[]).map((value) => ({ value, label: DELIVERY_STATUSES[value].label }))} width={120} />
        <FilterSelect<DeliveryChannel> id="delivery-channel" label="渠道" value={channel} onChange={setChannel} options={CHANNELS} width={120} />
      </Space>
      <PagedTable<Delivery>
        queryKey={[...deliveryKeys.all, 'list', status, channel]}
        fetchPage={(page) => fetchDeliveries({ status, channel }, page)}
        rowKey="id"
        emptyText="暂无投递记录"
        columns={[
          { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          { title: '消息类型', dataIndex: 'kindLabel' },
          { title: '渠道', dataIndex: 'channel', render: (value: DeliveryChannel) => CHANNELS[value] },
          { title: '收件人', key: 'recipient', render: (_: unknown, delivery) => <>{delivery.recipientName}<div><Typography.Text type="secondary">{delivery.recipient}</Typography.Text></div></> },
          {
            title: '状态', dataIndex: 'status',
            render: (value: DeliveryStatus) => <Tag color={DELIVERY_STATUSES[value].color}>{DELIVERY_STATUSES[value].label}</Tag>,
          },
          { title: '尝试次数', dataIndex: 'attempts', align: 'right' },
          {
            title: '说明', key: 'explanation',
            render: (_: unknown, delivery) => {
              if (delivery.status === 'SENT') return <Typography.Text type="secondary">{formatDateTime(delivery.sentAt)} 发出</Typography.Text>;
              if (delivery.lastError) return <Typography.Text type={delivery.status === 'FAILED' ? 'danger' : 'warning'}>{delivery.lastError}</Typography.Text>;
              return delivery.nextAttemptAt ? <Typography.Text type="secondary">{formatDateTime(delivery.nextAttemptAt)} 发送</Typography.Text> : '—';
            },
          },
          {
            title: '操作', key: 'actions',
            render: (_: unknown, delivery) => (
              <Space>
                <Button size="small" type="link" onClick={() => setOpened(delivery.id)}>详情</Button>
                <Resend delivery={delivery} />
              </Space>
            ),
          },
        ]}
      />
      <DeliveryDrawer id={opened} onClose={() => setOpened(undefined)} />
    </Card>
  );
}
