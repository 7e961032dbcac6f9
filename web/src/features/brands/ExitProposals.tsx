import { useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDistrictName } from '../../shared/districts';
import { formatDate } from '../../shared/format';
import { ExitDecisionModal } from './ExitDecisionModal';
import { fetchExitProposals, lifecycleKeys, type ExitView } from './lifecycleApi';

/** 退出审定 at /brands/exit-proposals: the exits proposed after an overdue or failed rectification, for the leading group's decision. */
export function ExitProposals() {
  const districtName = useDistrictName();
  const proposals = useQuery({ queryKey: lifecycleKeys.exits, queryFn: fetchExitProposals });
  const [deciding, setDeciding] = useState<ExitView | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>退出审定</Typography.Title>
      <Typography.Paragraph type="secondary">逾期未整改或整改未通过的劳务品牌，经提出退出建议后，由市就业工作领导小组审定；决定后品牌退出公开名录。</Typography.Paragraph>
      <ErrorAlert error={proposals.error} />
      <Table<ExitView> rowKey="brandId" loading={proposals.isLoading} dataSource={proposals.data?.items} pagination={false}
        locale={{ emptyText: '暂无待审定的退出建议' }}
        columns={[
          { title: '劳务品牌', dataIndex: 'brandName', render: (name: string, row) => <Link to={`/brands/${row.brandId}`}>{name}</Link> },
          { title: '证书编号', dataIndex: 'certificateNumber' },
          { title: '建设单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          { title: '退出原因', dataIndex: 'causeLabel' },
          { title: '建议日期', dataIndex: 'proposedOn', render: (date: string) => formatDate(date) },
          { title: '操作', key: 'decide', render: (_: unknown, row) => <Button danger size="small" onClick={() => setDeciding(row)}>作出退出决定</Button> },
        ]} />
      {deciding && (
        <ExitDecisionModal brandId={deciding.brandId} brandName={deciding.brandName} open onClose={() => setDeciding(undefined)} />
      )}
    </Card>
  );
}
