import { Card, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { useCurrentCampaign } from '../../shared/campaign';
import { useDistrictName } from '../../shared/districts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { LEVELS } from '../../shared/vocabulary';
import { STAGES, type Stage } from './caseActions';

type RankedBrand = components['schemas']['RankedBrand'];

const PAIRING_COLORS: Record<NonNullable<RankedBrand['pairing']>, string> = { KEY_ASSISTED_AREA: 'red', POVERTY_ALLEVIATED_AREA: 'orange', NONE: 'default' };

/**
 * 市级推荐排序: the brands the districts recommended for the city level, as the city reads them: those that met the city
 * standard first; among equals, those paired with key assisted areas, then with other poverty-alleviated areas
 * (同等条件下优先); then by the number of workers employed in the latest year.
 */
export function RankingPage() {
  const districtName = useDistrictName();
  const campaign = useCurrentCampaign().data;
  const ranking = useQuery({
    queryKey: ['reviews', 'ranking', campaign?.code],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/ranking', { params: { query: { campaign: campaign!.code! } } })),
    enabled: !!campaign?.code,
  });
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>市级劳务品牌推荐排序</Typography.Title>
      <Typography.Paragraph type="secondary">
        {campaign?.title}：排序依次为是否达到市级预审标准、结对帮扶（重点帮扶地区优先，同等条件下优先）、最近年度带动就业人数。
      </Typography.Paragraph>
      <ErrorAlert error={ranking.error} />
      <Table<RankedBrand>
        rowKey="caseId"
        loading={ranking.isLoading}
        pagination={false}
        dataSource={ranking.data ?? []}
        locale={{ emptyText: '暂无各区推荐的市级劳务品牌' }}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 64 },
          { title: '劳务品牌名称', dataIndex: 'brandName', render: (name: string, row) => <Link to={`/reviews/${row.caseId}`}>{name}</Link> },
          { title: '申报单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          {
            title: '市级预审',
            dataIndex: 'cityStandardMet',
            render: (met: boolean, row) => (met ? <Tag color="success">达到</Tag> : (
              <Tooltip title={row.districtOverrideReason ? `区人社部门理由：${row.districtOverrideReason}` : undefined}>
                <Tag color="warning">未达到（区级说明理由推荐）</Tag>
              </Tooltip>
            )),
          },
          {
            title: '结对帮扶',
            dataIndex: 'pairing',
            render: (pairing: RankedBrand['pairing'], row) => (
              <Tag color={pairing ? PAIRING_COLORS[pairing] : undefined}>{row.pairingLabel}{row.pairedArea ? `：${row.pairedArea}` : ''}</Tag>
            ),
          },
          { title: '最近年度就业人数', dataIndex: 'employedLatestYear', render: (count: number) => `${count} 人` },
          {
            title: '当前环节',
            dataIndex: 'stage',
            render: (stage: Stage, row) => (
              <Tag color={STAGES[stage]?.color}>{row.certifiedLevel ? `已认定${LEVELS[row.certifiedLevel]}` : row.stageLabel}</Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
