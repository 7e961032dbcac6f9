import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { applicationApi, unwrap } from '../../api/client';
import { useCurrentCampaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PagedTable } from '../../shared/PagedTable';
import { formatDate, formatDateTime } from '../../shared/format';
import { useOwnProfile } from '../../shared/profile';
import { levelNames, statusOf } from '../../shared/vocabulary';
import { applicationKeys } from './applicationQueries';
import type { ApplicationView } from './formModel';
import { ProfileMissingAlert } from './ProfileMissingAlert';

/** The link of a row: a draft is edited, a supplement asked for is supplemented, the rest is read. */
function rowAction(application: ApplicationView) {
  switch (application.status) {
    case 'DRAFT':
      return <Link to={`/applications/${application.id}/edit`} aria-label={`编辑 ${application.brandName}`}>编辑</Link>;
    case 'SUPPLEMENT_REQUESTED':
      return <Link to={`/applications/${application.id}/edit`} aria-label={`补充材料 ${application.brandName}`}>补充材料</Link>;
    default:
      return <Link to={`/applications/${application.id}`} aria-label={`查看 ${application.brandName}`}>查看</Link>;
  }
}

/** 我的申报: the unit's applications, newest first; a new one once the unit's profile is filled in. */
export function ApplicationList() {
  const navigate = useNavigate();
  const profile = useOwnProfile();
  const campaign = useCurrentCampaign();
  const missing = profile.data === null;
  return (
    <Card>
      <Flex justify="space-between" align="baseline">
        <Typography.Title level={3} style={{ marginTop: 0 }}>我的申报</Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={profile.data === undefined || missing}
          onClick={() => void navigate('/applications/new')}
        >
          新建申报
        </Button>
      </Flex>
      <Space orientation="vertical" style={{ display: 'flex', marginBottom: 16 }}>
        <ErrorAlert error={profile.error} />
        {missing && <ProfileMissingAlert />}
        {(profile.data?.missingDeclarations?.length ?? 0) > 0 && (
          <Alert
            type="warning"
            showIcon
            title="单位档案中尚有承诺事项未确认"
            description={<>确认全部承诺事项后方可提交申报。<Link to="/organisation">前往单位档案</Link></>}
          />
        )}
        {campaign.data && (
          campaign.data.open
            ? (
              <Typography.Text type="secondary">
                {campaign.data.title}：申报时间 {formatDate(campaign.data.opensOn)} 至 {formatDate(campaign.data.applicationDeadline)}
              </Typography.Text>
            )
            : <Alert type="info" showIcon title={campaign.data.closedReason ?? `${campaign.data.title}当前不在申报时间内。`} />
        )}
      </Space>
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
            render: (status: ApplicationView['status']) => <Tag color={statusOf(status).color}>{statusOf(status).label}</Tag>,
          },
          { title: '更新时间', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
          {
            title: '操作',
            key: 'actions',
            render: (_, application) => rowAction(application),
          },
        ]}
      />
    </Card>
  );
}
