import { App, Button, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewApi, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { worksOnCaseNow, type CaseDetail } from './caseActions';

/** 承办人: who works on the case; a reviewer of the office it is with takes it, or hands it back. */
export function AssigneeControl({ detail }: { detail: CaseDetail }) {
  const session = useSession()!;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (assignee: string | null) => unwrap(reviewApi.PUT('/api/reviews/cases/{id}/assignment', {
      params: { path: { id: detail.id! } }, body: { assignee: assignee ?? undefined },
    })),
    onSuccess: (changed) => {
      void message.success(changed.assignee ? `已由 ${changed.assignee} 承办。` : '已取消承办。');
      return queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
    onError: (error) => void message.error(error.message),
  });
  const mine = detail.assignee === session.username;
  return (
    <Space>
      {detail.assignee ? <span>{detail.assignee}</span> : <Typography.Text type="secondary">未分配</Typography.Text>}
      {worksOnCaseNow(session.roles, detail) && (mine
        ? <Button size="small" loading={assign.isPending} onClick={() => assign.mutate(null)}>取消承办</Button>
        : <Button size="small" type="link" loading={assign.isPending} onClick={() => assign.mutate(session.username)}>由我承办</Button>)}
    </Space>
  );
}
