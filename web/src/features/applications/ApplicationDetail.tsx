import { Button, Card, Descriptions, Flex, Space, Spin, Steps, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { AssessmentResult } from '../../shared/review/AssessmentResult';
import { ReviewTimeline } from '../../shared/review/ReviewTimeline';
import { formatDate, formatDateTime } from '../../shared/format';
import { APPLICATION_STATUS, districtName, LEVELS } from '../../shared/vocabulary';
import { useApplication, useAssessment, useCriteria, useReviewProgress } from './applicationQueries';
import { ApplicationContent } from './ApplicationContent';
import type { ApplicationView } from './formModel';
import { PROGRESS_STEPS, progressPosition, type ProgressView } from './reviewProgress';

type Assessment = EligibilityComponents['schemas']['EligibilityAssessed'];

/** One application: its state, the review's progress, the eligibility pre-check, the review record and what it says. */
export function ApplicationDetail() {
  const id = useParams().id!;
  const navigate = useNavigate();
  const application = useApplication(id);
  const submitted = application.data?.status === 'SUBMITTED';
  const assessment = useAssessment(id, submitted);
  const progress = useReviewProgress(id, submitted);
  const criteria = useCriteria(application.data?.campaign);

  if (application.error) {
    return <Card><ErrorAlert error={application.error} /></Card>;
  }
  const view = application.data;
  if (!view) {
    return <Card loading />;
  }
  const status = APPLICATION_STATUS[view.status ?? ''];
  const years = criteria.data?.campaign?.declaredYears ?? view.declaredYears?.map((declared) => declared.year!) ?? [];
  return (
    <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
      <Card>
        <Flex justify="space-between" align="baseline" wrap>
          <Space align="baseline">
            <Typography.Title level={3} style={{ marginTop: 0 }}>{view.brandName}</Typography.Title>
            {status && <Tag color={status.color}>{status.label}</Tag>}
          </Space>
          <Space>
            {view.status === 'DRAFT' && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/applications/${id}/edit`)}>编辑</Button>
            )}
            <Button onClick={() => void navigate('/applications')}>返回列表</Button>
          </Space>
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'campaign', label: '申报批次', children: criteria.data?.campaign?.title ?? view.campaign },
            { key: 'district', label: '受理地区', children: districtName(view.district) },
            view.status === 'DRAFT'
              ? { key: 'updatedAt', label: '最后保存', children: formatDateTime(view.updatedAt) }
              : { key: 'submittedAt', label: '提交时间', children: formatDateTime(view.submittedAt) },
          ]}
        />
      </Card>
      {submitted && <ProgressCard application={view} progress={progress.data} error={progress.error} />}
      {submitted && <AssessmentCard assessment={assessment.data} error={assessment.error} gaveUp={assessment.gaveUp} />}
      {submitted && <HistoryCard progress={progress.data} />}
      <Card title="申报内容">
        <ApplicationContent content={view} years={years} />
      </Card>
    </Space>
  );
}

function ProgressCard({ application, progress, error }: { application: ApplicationView; progress?: ProgressView | null; error: unknown }) {
  const { current, status } = progressPosition(progress);
  const contentOf = (index: number) => {
    if (index === 0) return formatDateTime(application.submittedAt);
    if (index !== current) return undefined;
    if (!progress) return '等待受理';
    if (progress.stage === 'CERTIFIED') {
      return `${progress.certifiedLevel ? LEVELS[progress.certifiedLevel] : ''}劳务品牌 ${formatDate(progress.certifiedOn)}`;
    }
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
