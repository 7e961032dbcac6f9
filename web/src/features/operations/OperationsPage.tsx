import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { CampaignTable } from './CampaignTable';
import { DistrictTable } from './DistrictTable';

type Year = components['schemas']['YearView'];

/**
 * What the operator runs by hand and keeps: closing the notices whose working days are over, the districts and pilot
 * zones that accept applications, the campaigns, and the holiday calendar.
 */
export function OperationsPage() {
  const queryClient = useQueryClient();
  const closeNotices = useMutation({
    mutationFn: () => unwrap(reviewApi.POST('/api/reviews/publicity/closing')),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>公示期满处理</Typography.Title>
        <Typography.Paragraph type="secondary">
          平台自动关闭公示期满且无异议的公示，并将案件转入市级复审；如需立即处理（例如停机恢复后），可在此手动执行。
        </Typography.Paragraph>
        <Space orientation="vertical" style={{ display: 'flex' }}>
          <ErrorAlert error={closeNotices.error} />
          {closeNotices.data && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={`已关闭 ${closeNotices.data.closed ?? 0} 个期满的公示，相关案件已转入市级复审。`}
              description={`执行时间 ${formatDateTime(new Date(closeNotices.submittedAt).toISOString())}；平台每分钟也会自动检查一次。`}
            />
          )}
          <Button type="primary" loading={closeNotices.isPending} onClick={() => closeNotices.mutate()}>关闭期满公示</Button>
        </Space>
      </Card>
      <Card><DistrictTable /></Card>
      <Card><CampaignTable /></Card>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>节假日安排</Typography.Title>
        <PagedTable<Year>
          queryKey={['calendar', 'years']}
          fetchPage={(page) => unwrap(reviewApi.GET('/api/reviews/calendar/years', { params: { query: page } }))}
          rowKey="year"
          emptyText="尚未载入节假日安排"
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '放假日', dataIndex: 'holidays', render: (days: number) => `${days} 天` },
            { title: '调休上班日', dataIndex: 'adjustedWorkingDays', render: (days: number) => `${days} 天` },
            { title: '依据文件', dataIndex: 'papers', render: (papers: string[]) => papers?.join('；') },
            {
              title: '来源',
              dataIndex: 'source',
              render: (source: Year['source']) => (source === 'OPERATOR' ? <Tag color="blue">管理员录入</Tag> : <Tag>随平台发布</Tag>),
            },
            { title: '载入时间', dataIndex: 'loadedAt', render: (at: string) => formatDateTime(at) },
          ]}
        />
      </Card>
    </Space>
  );
}
