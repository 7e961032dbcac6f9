import { Card, Typography } from 'antd';
import type { Transition } from './caseActions';
import { ReviewTimeline } from '../../shared/review/ReviewTimeline';

/** 评审记录 of the case. */
export function CaseHistory({ history }: { history: Transition[] }) {
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>评审记录</Typography.Title>
      <ReviewTimeline history={history} />
    </Card>
  );
}
