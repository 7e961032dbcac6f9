import { useState } from 'react';
import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { useDistrictName } from '../../shared/districts';
import { formatDate } from '../../shared/format';
import { daysLeftText, RectificationStatusTag } from './RectificationPanel';
import { fetchWorklist, lifecycleKeys, type RectificationStatus, type RectificationView } from './lifecycleApi';

/** The statuses of a running rectification, the worklist's filter. */
type Running = Extract<RectificationStatus, 'OPEN' | 'ANSWERED'>;

/** 整改督办 at /brands/rectifications: the running rectifications of the reviewer's district (the city: all), nearest deadline first. */
export function RectificationWorklist() {
  const session = useSession();
  const districtName = useDistrictName();
  const [status, setStatus] = useState<Running | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>整改督办</Typography.Title>
      <Typography.Paragraph type="secondary">
        {session?.roles.includes('DISTRICT_REVIEWER') ? `${districtName(session.district ?? '')}` : '全市'}进行中的限期整改，按整改期限先后排列。
      </Typography.Paragraph>
      <FilterSelect<Running> id="rectification-status" label="整改状态" value={status} onChange={setStatus}
        options={{ OPEN: '待整改', ANSWERED: '待审核' }} />
      <PagedTable<RectificationView>
        queryKey={[...lifecycleKeys.worklist, status ?? 'running']}
        fetchPage={(page) => fetchWorklist({ status }, page)}
        rowKey="id"
        emptyText="暂无进行中的整改"
        columns={[
          { title: '劳务品牌', dataIndex: 'brandName', render: (name: string, row) => <Link to={`/brands/${row.brandId}`}>{name}</Link> },
          { title: '建设单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          { title: '整改原因', dataIndex: 'reasons', render: (reasons: RectificationView['reasons']) => reasons.map((reason) => <Tag key={reason.code}>{reason.label}</Tag>) },
          { title: '整改期限', dataIndex: 'deadline', render: (date: string) => formatDate(date) },
          { title: '剩余', key: 'left', render: (_: unknown, row) => daysLeftText(row) },
          { title: '状态', key: 'status', render: (_: unknown, row) => <RectificationStatusTag rectification={row} /> },
        ]}
      />
    </Card>
  );
}
