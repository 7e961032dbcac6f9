import { Card, Descriptions, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../auth/session';
import { REVIEWER_ROLES } from '../../auth/roles';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { ClassificationForm } from './ClassificationForm';
import { YearlyReportForm } from './YearlyReportForm';
import { fetchBrandResources, resourceKeys, type ReportStatus, type YearlyReport } from './resourcesApi';
import { classificationText, figure } from './resourcesModel';

export const REPORT_STATUS_COLORS: Record<ReportStatus, string> = { SUBMITTED: 'processing', RETURNED: 'warning', ACCEPTED: 'success' };

export function rosterText(report: YearlyReport): string {
  return report.roster ? `在册 ${report.roster.listed}，培训 ${report.roster.trained}，就业 ${report.roster.employed}` : '无花名册数据';
}

/**
 * 资源库 tab of a brand: its entry in the resource library, the yearly reports per year, the classification form for
 * reviewers and the yearly report form for the holder.
 */
export function BrandResourcesTab({ brandId }: { brandId: string }) {
  const roles = useSession()?.roles ?? [];
  const resources = useQuery({ queryKey: resourceKeys.of(brandId), queryFn: () => fetchBrandResources(brandId) });
  if (resources.isLoading) return <Skeleton active />;
  if (!resources.data) return <ErrorAlert error={resources.error} />;
  const found = resources.data;
  const { profile } = found;
  const exited = found.status === 'EXITED';

  return (
    <Flex vertical gap={16}>
      <Card title="资源库信息">
        <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="行业分类">{classificationText(profile, found.industrySectionName, found.industryDivisionName)}</Descriptions.Item>
          <Descriptions.Item label="指导目录条目">
            {profile.catalogueEntry ? `${profile.catalogueEntry} ${found.catalogueEntryName ?? ''}` : '未归入指导目录'}
          </Descriptions.Item>
          <Descriptions.Item label="所属领域">{profile.sector ?? '尚未归类'}</Descriptions.Item>
          <Descriptions.Item label="数据年度">
            {found.figuresYear ? `${found.figuresYear} 年（${found.reports.some((report) => report.year === found.figuresYear && report.status === 'ACCEPTED')
              ? '年度报告' : '申报材料'}）` : '暂无'}
          </Descriptions.Item>
          <Descriptions.Item label="就业规模">{figure(profile.employmentScale, '人')}</Descriptions.Item>
          <Descriptions.Item label="培训能力">{figure(profile.trainingCapacity, '人/年')}</Descriptions.Item>
          <Descriptions.Item label="市场占有率">{figure(profile.marketSharePercent, '%')}</Descriptions.Item>
          <Descriptions.Item label="经济效益">{figure(profile.economicBenefitTenThousandYuan, '万元')}</Descriptions.Item>
          <Descriptions.Item label="服务地区" span={2}>{profile.regionsServed.length ? profile.regionsServed.join('、') : '未填报'}</Descriptions.Item>
          {found.unitTypeLabel && <Descriptions.Item label="单位类型">{found.unitTypeLabel}</Descriptions.Item>}
          <Descriptions.Item label="最近更新">{`${formatDateTime(found.updatedAt)}（${found.updatedBy === 'system' ? '系统' : found.updatedBy}）`}</Descriptions.Item>
          {found.description && <Descriptions.Item label="品牌简介" span={2}>{found.description}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {roles.some((role) => REVIEWER_ROLES.includes(role)) && !exited && <ClassificationForm brandId={brandId} profile={profile} />}

      <Card title="年度报告记录">
        <Table<YearlyReport>
          rowKey="year"
          dataSource={found.reports}
          pagination={false}
          size="small"
          locale={{ emptyText: '暂无年度报告' }}
          expandable={{ expandedRowRender: (report) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{report.narrative}</Typography.Paragraph> }}
          columns={[
            { title: '年度', dataIndex: 'year' },
            { title: '状态', dataIndex: 'statusLabel', render: (label: string, report) => <Tag color={REPORT_STATUS_COLORS[report.status]}>{label}</Tag> },
            { title: '就业规模（人）', dataIndex: 'employmentScale' },
            { title: '培训能力（人/年）', dataIndex: 'trainingCapacity' },
            { title: '市场占有率（%）', dataIndex: 'marketSharePercent' },
            { title: '经济效益（万元）', dataIndex: 'economicBenefitTenThousandYuan' },
            { title: '服务地区', dataIndex: 'regionsServed', render: (regions: string[]) => regions.join('、') },
            { title: '花名册人数', key: 'roster', render: (_: unknown, report) => rosterText(report) },
            { title: '审核意见', dataIndex: 'reviewNote', render: (note?: string | null) => note ?? '—' },
          ]}
        />
      </Card>

      {roles.includes('APPLICANT') && !exited && <YearlyReportForm brandId={brandId} openYears={found.openYears} reports={found.reports} />}
    </Flex>
  );
}
