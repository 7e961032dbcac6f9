import { App, Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { CallListTable } from './CallListTable';
import { TrainingInspections } from './TrainingInspections';
import { drawQuarter, fetchCallList, fetchSummaries, supervisionKeys, type QuarterSummary } from './supervisionApi';
import { formatRate, quarterLabel, quarterOf } from './supervisionModel';

/**
 * 监督管理 of one brand, for its brand detail page: training-quality inspections and the quarterly phone call-backs
 * (定期电话回访). The brand's district bureau records and calls; the city's reviewers read.
 */
export function BrandSupervisionTab({ brandId }: { brandId: string }) {
  const canAct = useSession()?.roles.includes('DISTRICT_REVIEWER') ?? false;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <TrainingInspections brandId={brandId} canRecord={canAct} />
      <Callbacks brandId={brandId} canCall={canAct} />
    </Space>
  );
}

function Callbacks({ brandId, canCall }: { brandId: string; canCall: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const current = quarterOf(new Date());
  const summaries = useQuery({ queryKey: supervisionKeys.summaries(brandId), queryFn: () => fetchSummaries(brandId) });
  const [shown, setShown] = useState<string | undefined>();
  const quarter = shown ?? summaries.data?.[0]?.quarter;
  const callList = useQuery({
    queryKey: supervisionKeys.callList(brandId, quarter ?? ''),
    queryFn: () => fetchCallList(brandId, quarter!),
    enabled: quarter !== undefined,
  });
  const draw = useMutation({
    mutationFn: () => drawQuarter(brandId, current),
    onSuccess: (drawn) => {
      queryClient.setQueryData(supervisionKeys.callList(brandId, drawn.quarter), drawn);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.summaries(brandId) });
      setShown(drawn.quarter);
    },
    onError: (error) => message.error(messageOf(error)),
  });
  const drawnThisQuarter = summaries.data?.some((summary) => summary.quarter === current) ?? false;

  return (
    <Card
      title="定期电话回访"
      extra={canCall && !drawnThisQuarter && (
        <Button type="primary" loading={draw.isPending} onClick={() => draw.mutate()}>抽取{quarterLabel(current)}回访样本</Button>
      )}
    >
      <Typography.Paragraph type="secondary">
        每季度从花名册计入的务工人员中按年度和用工单位分层随机抽样（同一花名册、同一季度抽样结果相同）。号码默认隐藏，逐条查看并记录理由。
      </Typography.Paragraph>
      <ErrorAlert error={summaries.error} />
      <Table<QuarterSummary>
        rowKey="quarter"
        size="small"
        pagination={false}
        loading={summaries.isLoading}
        dataSource={summaries.data ?? []}
        locale={{ emptyText: <Empty description="尚未抽取回访样本" /> }}
        rowClassName={(row) => (row.quarter === quarter ? 'ant-table-row-selected' : '')}
        onRow={(row) => ({ onClick: () => setShown(row.quarter), style: { cursor: 'pointer' } })}
        columns={[
          { title: '季度', dataIndex: 'quarter', render: (value: string) => quarterLabel(value) },
          { title: '抽样', dataIndex: 'sampled' },
          { title: '待回访', dataIndex: 'pending' },
          { title: '接通', dataIndex: 'reached' },
          { title: '未接通', dataIndex: 'unreachable' },
          { title: '确认就业', dataIndex: 'employmentConfirmed' },
          { title: '投诉', dataIndex: 'complaints' },
          { title: '接通率', dataIndex: 'reachRate', render: formatRate },
          { title: '就业确认率', dataIndex: 'confirmationRate', render: formatRate },
        ]}
      />
      {quarter && (
        <div style={{ marginTop: 24 }}>
          <Typography.Title level={5}>{quarterLabel(quarter)}回访名单</Typography.Title>
          <ErrorAlert error={callList.error} />
          {callList.data && (
            <>
              <Descriptions
                size="small"
                column={3}
                style={{ marginBottom: 12 }}
                items={[
                  { key: 'size', label: '样本', children: `${callList.data.size} 人（花名册计入 ${callList.data.rosterSize} 人）` },
                  { key: 'drawn', label: '抽取', children: `${callList.data.drawnBy}，${formatDateTime(callList.data.drawnAt)}` },
                  { key: 'seed', label: '随机种子', children: <Typography.Text code copyable>{callList.data.seed}</Typography.Text> },
                ]}
              />
              <CallListTable brandId={brandId} callList={callList.data} canCall={canCall} />
            </>
          )}
        </div>
      )}
    </Card>
  );
}
