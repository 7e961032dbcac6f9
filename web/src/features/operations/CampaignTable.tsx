import { useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import type { Campaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { CampaignForm } from './CampaignForm';

/** 申报批次: every campaign with its years, its window, its forwarding deadline and the notice length; new and changed ones. */
export function CampaignTable() {
  // undefined: no form; null: a new campaign
  const [editing, setEditing] = useState<Campaign | null>();
  const campaigns = useQuery({
    queryKey: ['campaigns', 'all'],
    queryFn: () => unwrap(applicationApi.GET('/api/campaigns')),
  });
  return (
    <>
      <Flex justify="space-between" align="baseline">
        <Typography.Title level={4} style={{ marginTop: 0 }}>申报批次</Typography.Title>
        <Button onClick={() => setEditing(null)}>新建申报批次</Button>
      </Flex>
      <ErrorAlert error={campaigns.error} />
      <Table<Campaign>
        rowKey="code"
        size="small"
        pagination={false}
        loading={campaigns.isLoading}
        dataSource={[...(campaigns.data ?? [])].sort((a, b) => (b.opensOn ?? '').localeCompare(a.opensOn ?? ''))}
        locale={{ emptyText: '暂无申报批次' }}
        columns={[
          { title: '批次', dataIndex: 'code', width: 80 },
          { title: '名称', dataIndex: 'title' },
          { title: '依据文件', dataIndex: 'noticeReference' },
          { title: '申报数据年度', dataIndex: 'declaredYears', render: (years: number[]) => years?.map((year) => `${year}年`).join('、') },
          { title: '申报时间', key: 'window', render: (_, campaign) => `${formatDate(campaign.opensOn)} 至 ${formatDate(campaign.applicationDeadline)}` },
          { title: '区级报送截止', dataIndex: 'forwardingDeadline', render: (day: string) => formatDate(day) },
          { title: '公示期', dataIndex: 'noticeWorkingDays', render: (days: number) => `${days} 个工作日` },
          {
            title: '状态',
            dataIndex: 'open',
            render: (open: boolean, campaign) => (open
              ? <Tag color="success">受理中</Tag>
              : <Typography.Text type="secondary">{campaign.closedReason ?? '未在申报时间内'}</Typography.Text>),
          },
          {
            title: '操作',
            key: 'edit',
            width: 80,
            render: (_, campaign) => (
              <Button type="link" size="small" aria-label={`修改申报批次 ${campaign.code}`} onClick={() => setEditing(campaign)}>修改</Button>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <CampaignForm campaign={editing ?? undefined} open onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
