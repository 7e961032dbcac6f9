import { Card, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { useSession } from '../../auth/session';
import { useCurrentCampaign } from '../../shared/campaign';
import { useDistricts } from '../../shared/districts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';

type DistrictProgress = components['schemas']['DistrictProgress'];
type CampaignProgress = components['schemas']['CampaignProgress'];
type Standing = NonNullable<DistrictProgress['standing']>;

const STANDING: Record<Standing, { label: string; color: string }> = {
  MET: { label: '已完成', color: 'success' },
  OPEN: { label: '进行中', color: 'processing' },
  AT_RISK: { label: '临近期限未完成', color: 'warning' },
  MISSED: { label: '逾期未完成', color: 'error' },
};

/**
 * 区级进度: per district, how far its applications have come in the campaign and whether it has created its
 * district-level brand by the goal's day (each district at least one by the end of November). Districts with no
 * application yet are listed too: they are the ones to call.
 */
export function DistrictProgressPage() {
  const session = useSession()!;
  const campaign = useCurrentCampaign().data;
  const districts = useDistricts().data;
  const progress = useQuery({
    queryKey: ['reviews', 'progress', campaign?.code],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/progress', { params: { query: { campaign: campaign!.code! } } })),
    enabled: !!campaign?.code,
  });
  const own = session.roles.includes('DISTRICT_REVIEWER') && !session.roles.includes('CITY_REVIEWER') && !session.roles.includes('LEADING_GROUP');
  const rows = progress.data ? withEveryDistrict(progress.data, (districts ?? [])
    .filter((place) => !own || place.code === session.district).map((place) => place.code!)) : [];
  const dueOn = progress.data?.goalDueOn;
  const met = rows.filter((row) => row.certified! >= row.goal!).length;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>区级劳务品牌创建进度</Typography.Title>
      <Typography.Paragraph type="secondary">
        {campaign?.title}：各区市县（先导区）须创建至少 1 个区级劳务品牌{dueOn ? `（${formatDate(dueOn)} 前）` : ''}；市级认定的品牌同时计入。
      </Typography.Paragraph>
      <ErrorAlert error={progress.error} />
      <Space size="large" style={{ marginBottom: 16 }}>
        <Statistic title="已完成的地区" value={met} suffix={`/ ${rows.length}`} />
        <Statistic title="已认定品牌" value={rows.reduce((sum, row) => sum + row.certified!, 0)} />
      </Space>
      <Table<DistrictProgress>
        rowKey="district"
        loading={progress.isLoading}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '地区', dataIndex: 'district', render: (code: string) => districts?.find((place) => place.code === code)?.name ?? code },
          { title: '受理申报', dataIndex: 'submitted' },
          { title: '区级初审中', dataIndex: 'inReview' },
          { title: '公示中', dataIndex: 'underNotice' },
          { title: '已报送市级', dataIndex: 'forwarded' },
          { title: '认定区级', dataIndex: 'certifiedDistrictLevel' },
          { title: '认定市级', dataIndex: 'certifiedCityLevel' },
          { title: '未通过', dataIndex: 'rejected' },
          {
            title: '目标完成情况',
            dataIndex: 'standing',
            render: (standing: Standing) => <Tag color={STANDING[standing]?.color}>{STANDING[standing]?.label ?? standing}</Tag>,
          },
        ]}
      />
    </Card>
  );
}

/** The service lists districts with applications; every other district is a row of zeros, standing as one without a brand. */
export function withEveryDistrict(progress: CampaignProgress, codes: string[]): DistrictProgress[] {
  const rows = progress.districts ?? [];
  const missing = codes.filter((code) => !rows.some((row) => row.district === code)).map((code): DistrictProgress => ({
    district: code, submitted: 0, inReview: 0, underNotice: 0, forwarded: 0, certifiedDistrictLevel: 0, certifiedCityLevel: 0, certified: 0,
    rejected: 0, goal: progress.goal, goalDueOn: progress.goalDueOn, standing: progress.standingWithoutBrand,
  }));
  const position = (code?: string) => (codes.includes(code!) ? codes.indexOf(code!) : codes.length);
  return [...rows, ...missing].sort((a, b) => position(a.district) - position(b.district));
}
