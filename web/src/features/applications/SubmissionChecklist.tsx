import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { AssessmentResult } from '../../shared/review/AssessmentResult';
import type { NamePath } from './formModel';
import { groupFindings, type SubmissionCheck } from './submissionChecks';

/**
 * 提交前检查: everything the service finds in the way of submitting, at once, grouped by field, each with the way to
 * the field (or to the unit's profile). A refused submission shows its findings here too.
 */
export function SubmissionChecklist({ applicationId, checks, loading, error, refused, campaignYears, onRecheck, onShowField }: {
  /** the saved draft, whose roster and materials pages the findings about them lead to */
  applicationId?: string;
  checks?: SubmissionCheck;
  loading: boolean;
  error: unknown;
  /** the findings shown are those a submission was refused with */
  refused: boolean;
  campaignYears: number[];
  onRecheck: () => void;
  onShowField: (path: NamePath) => void;
}) {
  const groups = groupFindings(checks?.findings, campaignYears);
  const count = checks?.findings?.length ?? 0;
  return (
    <Card
      size="small"
      title={<Typography.Title level={4} style={{ margin: 0 }}>提交前检查</Typography.Title>}
      extra={<Button icon={<ReloadOutlined />} loading={loading} onClick={onRecheck}>重新检查</Button>}
    >
      <Space orientation="vertical" style={{ display: 'flex' }}>
        <ErrorAlert error={error} title="提交前检查未能完成" />
        {!checks && loading && (
          <Space role="status"><Spin size="small" /><Typography.Text>正在检查申报书…</Typography.Text></Space>
        )}
        {checks?.ready && (
          <Alert type="success" showIcon role="status" title="已通过全部提交前检查，可以提交。" />
        )}
        {checks && !checks.ready && (
          <Alert
            type={refused ? 'error' : 'warning'}
            showIcon
            role={refused ? 'alert' : 'status'}
            title={refused
              ? `提交未成功：申报书尚未通过提交前检查，请先处理以下 ${count} 项。`
              : `尚有 ${count} 项需要处理，处理完成后方可提交。`}
          />
        )}
        {groups.map((group) => (
          <section key={group.field} aria-label={group.title}>
            <Typography.Title level={5} style={{ marginTop: 8 }}>{group.title}</Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {group.findings.map(({ finding, target }, index) => (
                <li key={`${finding.code}-${index}`} style={{ marginBottom: 4 }}>
                  <Typography.Text>{finding.message}</Typography.Text>
                  {target.kind === 'field' && (
                    <Button type="link" size="small" aria-label={`去修改：${group.title}`} onClick={() => onShowField(target.path)}>
                      去修改
                    </Button>
                  )}
                  {target.kind === 'profile' && <Link to="/organisation" style={{ marginInlineStart: 8 }}>前往单位档案</Link>}
                  {target.kind === 'roster' && applicationId && (
                    <Link to={`/applications/${applicationId}/roster`} style={{ marginInlineStart: 8 }}>前往导入花名册</Link>
                  )}
                  {target.kind === 'materials' && applicationId && (
                    <Link to={`/applications/${applicationId}/materials`} style={{ marginInlineStart: 8 }}>前往上传材料</Link>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <EligibilityPreviewSection preview={checks?.eligibilityPreview} />
      </Space>
    </Card>
  );
}

/**
 * 资格预评估: what the criteria say of the figures as filled in — advice that does not hold up submitting; absent while
 * the figures are incomplete.
 */
function EligibilityPreviewSection({ preview }: { preview?: SubmissionCheck['eligibilityPreview'] }) {
  if (!preview) return null;
  return (
    <section aria-label="资格预评估">
      <Typography.Title level={5} style={{ marginTop: 8 }}>资格预评估（供参考）</Typography.Title>
      {preview.available
        ? <AssessmentResult assessment={preview} />
        : <Alert type="info" showIcon title={preview.unavailableReason} />}
    </section>
  );
}
