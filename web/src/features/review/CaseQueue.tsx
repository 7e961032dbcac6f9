import { Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { useSession } from '../../auth/session';
import { ExportButtons } from '../exports/ExportButtons';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { levelNames } from '../../shared/vocabulary';
import { queueOwner, STAGES, stagesVisibleTo, worksAtCity, type Stage } from './caseActions';

type CaseView = components['schemas']['CaseView'];

/** The reviewer's queue, oldest first: the district's own cases, or the ones the districts forwarded to the city. */
export function CaseQueue() {
  const session = useSession()!;
  const districtName = useDistrictName();
  const [stage, setStage] = useState<Stage | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>评审案件</Typography.Title>
      <Typography.Paragraph type="secondary">
        {queueOwner(session, districtName)}：{worksAtCity(session.roles) ? '各区公示期满后报送市级的申报' : '本区受理的全部申报'}，按受理时间先后排列。
      </Typography.Paragraph>
      <ExportButtons roles={session.roles} />
      <FilterSelect<Stage>
        id="case-stage"
        label="环节"
        value={stage}
        onChange={setStage}
        options={stagesVisibleTo(session.roles).map((value) => ({ value, label: STAGES[value].label }))}
      />
      <PagedTable<CaseView>
        queryKey={['reviews', 'cases', stage]}
        fetchPage={(page) => unwrap(reviewApi.GET('/api/reviews/cases', { params: { query: { ...page, stage } } }))}
        rowKey="id"
        emptyText="暂无评审案件"
        columns={[
          { title: '劳务品牌名称', dataIndex: 'brandName', render: (name: string, row) => <Link to={`/reviews/${row.id}`}>{name}</Link> },
          { title: '申报单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          { title: '申报层级', dataIndex: 'requestedLevels', render: (levels: CaseView['requestedLevels']) => levelNames(levels) },
          {
            title: '当前环节',
            dataIndex: 'stage',
            render: (value: Stage, row) => <Tag color={STAGES[value]?.color}>{row.stageLabel}</Tag>,
          },
          { title: '受理时间', dataIndex: 'openedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </Card>
  );
}
