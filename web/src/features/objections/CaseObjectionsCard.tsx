import { Alert, Card, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { formatDateTime } from '../../shared/format';
import { OBJECTION_STATUSES } from './objectionModel';

/** The objections against a case's brand during its notice, and whether one still holds the case back from the city. */
export function CaseObjectionsCard({ caseId, underNotice }: { caseId: string; underNotice: boolean }) {
  const objections = useQuery({
    queryKey: ['reviews', 'case', caseId, 'objections'],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/cases/{id}/objections', { params: { path: { id: caseId } } })),
  }).data;
  if (!objections || (!objections.total && !underNotice)) return null;
  return (
    <Card title={`公示异议（${objections.total ?? 0}）`}>
      {objections.open ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`有 ${objections.open} 件异议尚未办结，办结前该申报不报送市级复审。`} />
      ) : (
        !objections.total && <Typography.Text type="secondary">公示期间暂未收到异议。</Typography.Text>
      )}
      {!!objections.total && (
        <List
          dataSource={objections.items}
          renderItem={(objection) => (
            <List.Item>
              <Link to={`/objections/${objection.id}`}>{objection.receiptNumber}</Link>
              <Typography.Text>{objection.objectorName}</Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(objection.lodgedAt)}</Typography.Text>
              <Tag color={objection.status ? OBJECTION_STATUSES[objection.status]?.color : undefined}>{objection.outcomeLabel ?? objection.statusLabel}</Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
