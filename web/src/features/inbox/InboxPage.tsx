import { Badge, Button, Card, List, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationApi, unwrap } from '../../api/client';
import { useCursorPages } from '../../api/paging';
import { CursorPager } from '../../shared/CursorPager';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';

/** The signed-in person's messages, newest first; opening one marks it read. */
export function InboxPage() {
  const pages = useCursorPages();
  const queryClient = useQueryClient();
  const messages = useQuery({
    queryKey: ['inbox', 'messages', pages.cursor],
    queryFn: () => unwrap(notificationApi.GET('/api/notifications', { params: { query: { limit: pages.limit, cursor: pages.cursor } } })),
  });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(notificationApi.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  });
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>消息中心</Typography.Title>
      <ErrorAlert error={messages.error ?? markRead.error} />
      <List
        loading={messages.isLoading}
        dataSource={messages.data?.items}
        locale={{ emptyText: '暂无消息' }}
        renderItem={(message) => (
          <List.Item
            actions={message.read ? [] : [
              <Button key="read" type="link" onClick={() => markRead.mutate(message.id!)} loading={markRead.isPending}>
                标为已读
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={<><Badge status={message.read ? 'default' : 'processing'} text={message.title} /></>}
              description={
                <>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>{message.body}</Typography.Paragraph>
                  <Typography.Text type="secondary">{formatDateTime(message.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <CursorPager pages={pages} next={messages.data?.next} total={messages.data?.total} />
    </Card>
  );
}
