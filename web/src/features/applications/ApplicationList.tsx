import { Button, Card, Flex, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { applicationApi, unwrap } from '../../api/client';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { APPLICATION_STATUS, levelNames } from '../../shared/vocabulary';
import { applicationKeys } from './applicationQueries';
import type { ApplicationView } from './formModel';

/** 我的申报: the unit's applications, newest first. */
export function ApplicationList() {
  const navigate = useNavigate();
  return (
    <Card>
      <Flex justify="space-between" align="baseline">
        <Typography.Title level={3} style={{ marginTop: 0 }}>我的申报</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/applications/new')}>新建申报</Button>
      </Flex>
      <PagedTable<ApplicationView>
        queryKey={applicationKeys.lists}
        fetchPage={(page) => unwrap(applicationApi.GET('/api/applications', { params: { query: page } }))}
        rowKey="id"
        emptyText="还没有申报书，点击“新建申报”开始填写"
        columns={[
          {
            title: '劳务品牌名称',
            dataIndex: 'brandName',
            render: (brandName: string, application) => <Link to={`/applications/${application.id}`}>{brandName}</Link>,
          },
          { title: '申报层级', dataIndex: 'requestedLevels', render: (levels: ApplicationView['requestedLevels']) => levelNames(levels) },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: string) => <Tag color={APPLICATION_STATUS[status]?.color}>{APPLICATION_STATUS[status]?.label ?? status}</Tag>,
          },
          { title: '更新时间', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_, application) => (application.status === 'DRAFT'
              ? <Link to={`/applications/${application.id}/edit`} aria-label={`编辑 ${application.brandName}`}>编辑</Link>
              : <Link to={`/applications/${application.id}`} aria-label={`查看 ${application.brandName}`}>查看</Link>),
          },
        ]}
      />
    </Card>
  );
}
