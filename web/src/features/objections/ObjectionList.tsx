import { Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { OBJECTION_STATUSES, type ObjectionStatus, type ObjectionSummary } from './objectionModel';

/** 公示异议: the objections the public lodged against the district's notices, oldest first. */
export function ObjectionList() {
  const [status, setStatus] = useState<ObjectionStatus | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>公示异议</Typography.Title>
      <Typography.Paragraph type="secondary">
        公示期间公众对本区公示的劳务品牌提出的异议，按提出时间先后排列。异议办结前，相关申报不报送市级复审。
      </Typography.Paragraph>
      <FilterSelect<ObjectionStatus>
        id="objection-status"
        label="办理状态"
        value={status}
        onChange={setStatus}
        options={(Object.keys(OBJECTION_STATUSES) as ObjectionStatus[]).map((value) => ({ value, label: OBJECTION_STATUSES[value].label }))}
      />
      <PagedTable<ObjectionSummary>
        queryKey={['objections', 'list', status]}
        fetchPage={(page) => unwrap(reviewApi.GET('/api/reviews/objections', { params: { query: { ...page, status } } }))}
        rowKey="id"
        emptyText="暂无公示异议"
        columns={[
          { title: '受理编号', dataIndex: 'receiptNumber', render: (number: string, row) => <Link to={`/objections/${row.id}`}>{number}</Link> },
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '申报单位', dataIndex: 'unitName' },
          { title: '异议人', dataIndex: 'objectorName' },
          { title: '提出时间', dataIndex: 'lodgedAt', render: (at: string) => formatDateTime(at) },
          {
            title: '办理状态',
            dataIndex: 'status',
            render: (value: ObjectionStatus, row) => <Tag color={OBJECTION_STATUSES[value]?.color}>{row.statusLabel}</Tag>,
          },
          { title: '处理结果', dataIndex: 'outcomeLabel', render: (label?: string) => label ?? '—' },
        ]}
      />
    </Card>
  );
}
