import { Alert, Button, Card, Descriptions, Flex, Space, Spin, Steps, Tag, Typography } from 'antd';
import { EditOutlined, FolderOpenOutlined, RollbackOutlined, TeamOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import { useCurrentCampaign } from '../../shared/campaign';
import { useDistrictName } from '../../shared/districts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { AssessmentResult } from '../../shared/review/AssessmentResult';
import { ReviewTimeline } from '../../shared/review/ReviewTimeline';
import { formatDate, formatDateTime } from '../../shared/format';
import { LEVELS, partNames, REJECTING_OFFICE, statusOf } from '../../shared/vocabulary';
import { useApplication, useAssessment, useCriteria, useReviewProgress } from './applicationQueries';
import { ApplicationContent } from './ApplicationContent';
import type { ApplicationView } from './formModel';
import { PROGRESS_STEPS, progressPosition, type ProgressView } from './reviewProgress';
import { UnitSummary } from './UnitSummary';
import { WithdrawDialog } from './WithdrawDialog';

type Assessment = EligibilityComponents['schemas']['EligibilityAssessed'];

/** Whether the unit may still withdraw what it handed in: until the district decides. */
export function isWithdrawable(status: ApplicationView['status']): boolean {
  return status === 'SUBMITTED' || status === 'SUPPLEMENT_REQUESTED';
}

/**
 * One application: its state, what the district asked to supplement, the review's progress, the eligibility
 * pre-check, the review record and what it says; the unit supplements or withdraws it from here.
 */
export function ApplicationDetail() {
  const id = useParams().id!;
  const navigate = useNavigate();
  const districtName = useDistrictName();
  const [withdrawing, setWithdrawing] = useState(false);
  const application = useApplication(id);
  const handedIn = application.data?.status !== undefined && application.data.status !== 'DRAFT';
  const assessment = useAssessment(id, handedIn);
  const progress = useReviewProgress(id, handedIn);
  const current = useCurrentCampaign();
  const ofCurrent = application.data !== undefined && application.data.campaign === current.data?.code;
  // an application of an earlier campaign reads that campaign's title and years from its criteria
  const criteria = useCriteria(application.data && current.data && !ofCurrent ? application.data.campaign : undefined);

  if (application.error) {
    return <Card><ErrorAlert error={application.error} /></Card>;
  }
  const view = application.data;
  if (!view) {
    return <Card loading />;
  }
  const status = statusOf(view.status);
  const campaign = ofCurrent ? current.data : criteria.data?.campaign;
  const years = campaign?.declaredYears ?? view.declaredYears?.map((declared) => declared.year!) ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
      <Card>
        <Flex justify="space-between" align="baseline" wrap>
          <Space align="baseline">
            <Typography.Title level={3} style={{ marginTop: 0 }}>{view.brandName}</Typography.Title>
            <Tag color={status.color}>{status.label}</Tag>
          </Space>
          <Space>
            {view.status === 'DRAFT' && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/applications/${id}/edit`)}>编辑</Button>
            )}
            <Button icon={<TeamOutlined />} onClick={() => void navigate(`/applications/${id}/roster`)}>务工人员花名册</Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => void navigate(`/applications/${id}/materials`)}>申报材料</Button>
            {isWithdrawable(view.status) && (
              <Button danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(true)}>撤回申报</Button>
            )}
            <Button onClick={() => void navigate('/applications')}>返回列表</Button>
          </Space>
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'campaign', label: '申报批次', children: campaign?.title ?? view.campaign },
            { key: 'district', label: '受理地区', children: districtName(view.district) },
            view.status === 'DRAFT'
              ? { key: 'updatedAt', label: '最后保存', children: formatDateTime(view.updatedAt) }
              : { key: 'submittedAt', label: (view.resubmissionRound ?? 0) > 0 ? '重新提交时间' : '提交时间', children: formatDateTime(view.submittedAt) },
            ...((view.resubmissionRound ?? 0) > 0
              ? [{ key: 'round', label: '补充材料', children: `已补充 ${view.resubmissionRound} 次` }]
              : []),
          ]}
        />
        {view.status === 'SUPPLEMENT_REQUESTED' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={`区人社部门要求补充材料：请于 ${formatDate(view.supplement?.dueOn)} 前补充`}
            description={(
              <Space orientation="vertical" size={4} style={{ display: 'flex' }}>
                <Typography.Text>需要补充：{partNames(view.supplement?.parts)}</Typography.Text>
                {view.supplement?.note && <Typography.Text>补充说明：{view.supplement.note}</Typography.Text>}
                <div>
                  <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/applications/${id}/edit`)}>补充材料</Button>
                </div>
              </Space>
            )}
          />
        )}
        {view.status === 'REJECTED' && view.rejection && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={`申报未通过：${REJECTING_OFFICE[view.rejection.stage ?? ''] ?? '评审部门'}于 ${formatDateTime(view.rejection.rejectedAt)} 作出不予通过的决定`}
            description={`理由：${view.rejection.reason}`}
          />
        )}
        {view.status === 'WITHDRAWN' && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="申报已撤回"
            description={view.withdrawnReason ? `撤回原因：${view.withdrawnReason}` : undefined}
          />
        )}
      </Card>
      {handedIn && <ProgressCard application={view} progress={progress.data} error={progress.error} />}
      {handedIn && view.status !== 'WITHDRAWN' && (
        <AssessmentCard assessment={assessment.data} error={assessment.error} gaveUp={assessment.gaveUp} />
      )}
      {handedIn && <HistoryCard progress={progress.data} />}
      <Card title="申报内容">
        {view.unit && (
          <div style={{ marginBottom: 24 }}>
            <UnitSummary unit={view.unit} district={view.district} full />
          </div>
        )}
        <ApplicationContent content={view} years={years} />
      </Card>
      {withdrawing && <WithdrawDialog application={view} onClose={() => setWithdrawing(false)} />}
    </Space>
  );
}

function ProgressCard({ application, progress, error }: { application: ApplicationView; progress?: ProgressView | null; error: unknown }) {
  const districtName = useDistrictName();
  const { current, status } = progressPosition(progress);
  const contentOf = (index: number) => {
    if (index === 0) return formatDateTime(application.submittedAt);
    if (index !== current) return undefined;
    if (!progress) return '等待受理';
    if (progress.stage === 'CERTIFIED') {
      return `${progress.certifiedLevel ? LEVELS[progress.certifiedLevel] : ''}劳务品牌 ${formatDate(progress.certifiedOn)}`;
    }
    if (progress.stage === 'SUPPLEMENT_REQUESTED') return '待补充材料';
    return status === 'error' ? progress.history?.at(-1)?.actionLabel : '办理中';
  };
  return (
    <Card title="审核进度">
      <ErrorAlert error={error} />
      <Steps
        current={current}
        status={status}
        items={PROGRESS_STEPS.map((title, index) => ({ title, content: contentOf(index) }))}
      />
      {progress?.stage === 'CERTIFIED' && (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          劳务品牌证书已颁发，可在 <Link to="/brands" style={{ textDecoration: 'underline' }}>劳务品牌证书</Link> 中下载。
        </Typography.Paragraph>
      )}
      {progress === null && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          等待受理：申报书已报送至{districtName(application.district)}人力资源和社会保障部门。
        </Typography.Paragraph>
      )}
    </Card>
  );
}

function AssessmentCard({ assessment, error, gaveUp }: { assessment?: Assessment | null; error: unknown; gaveUp: boolean }) {
  if (error) {
    return <Card title="资格预审"><ErrorAlert error={error} /></Card>;
  }
  if (gaveUp) {
    return <Card title="资格预审"><Typography.Text type="secondary">资格预审结果尚未生成，请稍后刷新页面查看。</Typography.Text></Card>;
  }
  if (!assessment) {
    return (
      <Card title="资格预审">
        <Space><Spin size="small" /><Typography.Text>资格预审进行中，结果将在片刻后显示…</Typography.Text></Space>
      </Card>
    );
  }
  return <Card title="资格预审"><AssessmentResult assessment={assessment} /></Card>;
}

function HistoryCard({ progress }: { progress?: ProgressView | null }) {
  return <Card title="评审记录"><ReviewTimeline history={progress?.history ?? []} /></Card>;
}
