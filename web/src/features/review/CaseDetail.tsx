import { Alert, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate, formatDateTime } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { LEVELS, levelNames } from '../../shared/vocabulary';
import { ApprovalForm } from './ApprovalForm';
import { CaseHistory } from './CaseHistory';
import { CityReviewForm } from './CityReviewForm';
import { DistrictDecisionForm } from './DistrictDecisionForm';
import { NoticeForm } from './NoticeForm';
import { PrecheckCard } from './PrecheckCard';
import { InspectionCard } from '../inspection/InspectionCard';
import { MaterialsReviewCard } from '../materials/MaterialsReviewCard';
import { RosterReviewCard } from '../roster/RosterReviewCard';
import {
  canRejectSeparately, canRequestSupplement, noticeStarted, rejectionStep, STAGES, stepFor, worksAtCity, type CaseDetail as Detail,
  type Transition,
} from './caseActions';
import { AssigneeControl } from './AssigneeControl';
import { DeadlineTag } from './CaseQueue';
import { PairingCard } from './PairingCard';
import { RejectCard } from './RejectCard';
import { CaseObjectionsCard } from '../objections/CaseObjectionsCard';
import { NameChecksCard } from './NameChecksCard';
import { SupplementRequestCard } from './SupplementRequestCard';

const PRECHECK_POLL_MS = 3_000;

/** One case: what was applied for, the pre-check, the history, and the one step the person can take now. */
export function CaseDetail() {
  const { id = '' } = useParams();
  const session = useSession()!;
  const detail = useQuery({
    queryKey: ['reviews', 'case', id],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/cases/{id}', { params: { path: { id } } })),
    // the eligibility service answers a moment after the case opens
    refetchInterval: (query) => (query.state.data && !query.state.data.precheck ? PRECHECK_POLL_MS : false),
  });
  const history = useQuery({
    queryKey: ['reviews', 'case', id, 'history'],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/cases/{id}/history', { params: { path: { id } } })),
  });

  const back = <Link to="/reviews">返回评审案件</Link>;
  if (detail.error || history.error) {
    return <Card>{back}<ErrorAlert error={detail.error ?? history.error} /></Card>;
  }
  if (!detail.data || !history.data) {
    return <Spin size="large" tip="正在加载…" fullscreen />;
  }
  const step = stepFor(session.roles, detail.data, history.data);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CaseHeader detail={detail.data} history={history.data} back={back} />
      <NameChecksCard detail={detail.data} />
      <PrecheckCard precheck={detail.data.precheck} />
      {detail.data.applicationId && <RosterReviewCard applicationId={detail.data.applicationId} levels={detail.data.precheck?.result?.levels} />}
      {detail.data.applicationId && <MaterialsReviewCard applicationId={detail.data.applicationId} />}
      <InspectionCard caseId={id} />
      <PairingCard
        caseId={detail.data.id!}
        editable={session.roles.includes('DISTRICT_REVIEWER') && !detail.data.forwardedOn && !isClosed(detail.data)}
      />
      <CaseObjectionsCard caseId={id} underNotice={detail.data.stage === 'PUBLICITY' && noticeStarted(history.data)} />
      <CaseHistory history={history.data} />
      {canRequestSupplement(session.roles, detail.data) && <SupplementRequestCard detail={detail.data} />}
      {step === 'DISTRICT_DECISION' && <DistrictDecisionForm detail={detail.data} />}
      {step === 'START_NOTICE' && <NoticeForm detail={detail.data} />}
      {step === 'CITY_REVIEW' && <CityReviewForm detail={detail.data} />}
      {step === 'APPROVAL' && <ApprovalForm detail={detail.data} />}
      {canRejectSeparately(session.roles, detail.data) && <RejectCard detail={detail.data} />}
    </Space>
  );
}

/** Whether the case has left every queue (certified, rejected or withdrawn). */
function isClosed(detail: Detail): boolean {
  return detail.stage === 'CERTIFIED' || detail.stage === 'REJECTED' || detail.stage === 'WITHDRAWN';
}

function CaseHeader({ detail, history, back }: { detail: Detail; history: Transition[]; back: ReactNode }) {
  const districtName = useDistrictName();
  const session = useSession()!;
  const rejected = detail.stage === 'REJECTED' ? rejectionStep(history) : undefined;
  const decision = detail.districtDecision;
  const notice = useQuery({
    queryKey: ['reviews', 'case', detail.id, 'publicity'],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/cases/{id}/publicity', { params: { path: { id: detail.id! } } })),
    enabled: detail.stage === 'PUBLICITY' && noticeStarted(history),
  }).data;
  return (
    <Card>
      {back}
      <Typography.Title level={3}>{detail.brandName}</Typography.Title>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'unit', label: '申报单位', children: detail.unitName },
          { key: 'district', label: '所在地区', children: districtName(detail.district) },
          { key: 'levels', label: '申报层级', children: levelNames(detail.requestedLevels) },
          ...(detail.cityBrandName ? [{ key: 'cityBrandName', label: '市级品牌名称', children: detail.cityBrandName }] : []),
          { key: 'stage', label: '当前环节', children: <Tag color={STAGES[detail.stage!]?.color}>{detail.stageLabel}</Tag> },
          { key: 'opened', label: '受理时间', children: formatDateTime(detail.openedAt) },
          ...(isClosed(detail) ? [] : [
            { key: 'inStage', label: '本环节用时', children: `${detail.clock?.workingDaysInStage ?? 0} 个工作日（${formatDateTime(detail.stageEnteredAt)} 起）` },
            { key: 'deadline', label: detail.clock?.deadlineLabel ?? '期限', children: <DeadlineTag clock={detail.clock} /> },
            { key: 'assignee', label: '承办人', children: <AssigneeControl detail={detail} /> },
          ]),
          ...(detail.forwardedOn && worksAtCity(session.roles) ? [{ key: 'forwarded', label: '报送市级日期', children: formatDate(detail.forwardedOn) }] : []),
          { key: 'campaign', label: '申报年度', children: `${detail.campaign}年度` },
        ]}
      />
      {detail.stage === 'SUPPLEMENT_REQUESTED' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title="已要求申报单位补充材料，等待其补充后重新提交"
          description={history.findLast((step) => step.action === 'SUPPLEMENT_REQUESTED')?.comment}
        />
      )}
      {rejected && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={`不予通过（${rejected.actionLabel}，${formatDateTime(rejected.at)}，${rejected.actor}）`}
          description={rejected.comment}
        />
      )}
      {detail.stage === 'WITHDRAWN' && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title="申报单位已撤回申报，评审终止"
          description={history.findLast((step) => step.action === 'WITHDRAWN')?.comment}
        />
      )}
      {detail.stage === 'PUBLICITY' && notice && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 16 }}
          title={`公示中：公示期 ${formatDate(notice.startsOn)} 至 ${formatDate(notice.endsOn)}`}
          description="公示期满且异议均已办结（异议不成立）的，由平台转入市级复审。"
        />
      )}
      {decision && (
        <Descriptions
          title="区级初审意见"
          style={{ marginTop: 24 }}
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            { key: 'selected', label: '入选区级劳务品牌', children: decision.districtLevelSelected ? '是' : '否' },
            { key: 'recommended', label: '推荐申报市级', children: decision.cityRecommended ? '是' : '否' },
            { key: 'decided', label: '审核时间', children: formatDateTime(decision.decidedAt) },
            { key: 'comment', label: '审核意见', span: 'filled', children: decision.comment || '—' },
            ...(decision.judgement ? [{ key: 'judgement', label: '争议败诉案件研判意见', span: 'filled' as const, children: decision.judgement }] : []),
            ...(decision.overrideReason ? [{
              key: 'override',
              label: '未达预审标准仍予通过的理由',
              span: 'filled' as const,
              children: <Typography.Text type="warning">{decision.overrideReason}</Typography.Text>,
            }] : []),
          ]}
        />
      )}
      {detail.stage === 'CERTIFIED' && (
        <Descriptions
          title="认定结果"
          style={{ marginTop: 24 }}
          items={[
            { key: 'level', label: '认定级别', children: `${LEVELS[detail.certifiedLevel!]}劳务品牌` },
            { key: 'on', label: '认定日期', children: formatDate(detail.certifiedOn) },
          ]}
        />
      )}
    </Card>
  );
}
