import { Alert, Card, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import type { components, operations } from '../../api/generated/review-workflow-service';
import { useSession } from '../../auth/session';
import { ExportButtons } from '../exports/ExportButtons';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDate, formatDateTime } from '../../shared/format';
import { useDistrictName, useDistricts } from '../../shared/districts';
import { levelNames } from '../../shared/vocabulary';
import { CLOCK_STATUS, queueOwner, STAGES, stagesVisibleTo, worksAtCity, type Stage } from './caseActions';

type CaseView = components['schemas']['CaseView'];
type Order = NonNullable<NonNullable<operations['queue']['parameters']['query']>['order']>;
/** The assignee filter's choices: the caller's own cases, or those nobody works on (the service takes any reviewer's name). */
type Assignee = 'me' | 'NONE';

const ASSIGNEES: Record<Assignee, string> = { me: '我承办的', NONE: '未分配承办人' };
const ORDERS: Record<Order, string> = { OPENED: '按受理时间', WAITING: '按本环节等待时间' };

/**
 * The reviewer's queue: the district's own cases, or the ones the districts forwarded to the city; filtered by stage,
 * who works on them, name and district, oldest first; each with the working days it has waited in its stage and how it
 * stands against the campaign's deadline.
 */
export function CaseQueue() {
  const session = useSession()!;
  const districtName = useDistrictName();
  const districts = useDistricts().data;
  const city = worksAtCity(session.roles);
  const [stage, setStage] = useState<Stage | undefined>();
  const [assignee, setAssignee] = useState<Assignee | undefined>();
  const [district, setDistrict] = useState<string | undefined>();
  const [order, setOrder] = useState<Order | undefined>();
  const [text, setText] = useState<string>();
  const query = { stage, assignee, district, order: order ?? 'OPENED', q: text || undefined };
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>评审案件</Typography.Title>
      <Typography.Paragraph type="secondary">
        {queueOwner(session, districtName)}：{city ? '各区公示期满后报送市级的申报（含已办结的）' : '本区受理的全部申报'}。
        期限按申报批次的报送市级截止日和法定工作日计算。
      </Typography.Paragraph>
      <ExportButtons roles={session.roles} />
      <Space wrap size="middle">
        <FilterSelect<Stage>
          id="case-stage"
          label="环节"
          value={stage}
          onChange={setStage}
          options={stagesVisibleTo(session.roles).map((value) => ({ value, label: STAGES[value].label }))}
        />
        <FilterSelect<Assignee> id="case-assignee" label="承办人" value={assignee} onChange={setAssignee} options={ASSIGNEES} />
        {city && (
          <FilterSelect<string>
            id="case-district"
            label="地区"
            value={district}
            onChange={setDistrict}
            options={(districts ?? []).map((place) => ({ value: place.code!, label: place.name! }))}
          />
        )}
        <FilterSelect<Order> id="case-order" label="排序" value={order} onChange={setOrder} options={ORDERS} />
        <Input.Search
          aria-label="搜索品牌或单位名称"
          placeholder="品牌或单位名称"
          allowClear
          style={{ width: 220, marginBottom: 16 }}
          onSearch={(value) => setText(value.trim())}
        />
      </Space>
      <PagedTable<CaseView>
        queryKey={['reviews', 'cases', query]}
        fetchPage={(page) => unwrap(reviewApi.GET('/api/reviews/cases', { params: { query: { ...page, ...query } } }))}
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
          { title: '承办人', dataIndex: 'assignee', render: (name?: string) => name ?? <Typography.Text type="secondary">未分配</Typography.Text> },
          {
            title: '本环节用时',
            key: 'inStage',
            render: (_: unknown, row) => (
              <Tooltip title={`${formatDateTime(row.stageEnteredAt)} 进入本环节`}>{row.clock?.workingDaysInStage ?? 0} 个工作日</Tooltip>
            ),
          },
          { title: '期限', key: 'deadline', render: (_: unknown, row) => <DeadlineTag clock={row.clock} /> },
          { title: '受理时间', dataIndex: 'openedAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 16 }}
        title="区级初审的期限是最迟公示开始日：从这一天起公示满批次规定的工作日数，仍能在报送市级截止日前期满；公示中的期限是报送市级截止日。"
      />
    </Card>
  );
}

/** The deadline of a case's stage and how it stands against it. */
export function DeadlineTag({ clock }: { clock: CaseView['clock'] }) {
  if (!clock?.status) return <>—</>;
  const status = CLOCK_STATUS[clock.status];
  if (!clock.deadline) return <Tag color={status.color}>{status.label}</Tag>;
  const left = clock.workingDaysLeft ?? 0;
  return (
    <Tooltip title={`${clock.deadlineLabel}：${formatDate(clock.deadline)}`}>
      <Space size={4}>
        <Tag color={status.color}>{status.label}</Tag>
        <span>{formatDate(clock.deadline)}{left >= 0 ? `（剩 ${left} 个工作日）` : `（逾期 ${-left} 个工作日）`}</span>
      </Space>
    </Tooltip>
  );
}
