import { Empty, Timeline, Typography } from 'antd';
import type { components } from '../../api/generated/review-workflow-service';
import { formatDateTime } from '../format';

type Transition = components['schemas']['TransitionView'];

const REFUSALS: Transition['action'][] = ['DISTRICT_REJECTED', 'CITY_REJECTED', 'NOT_CERTIFIED'];

function colourOf(action: Transition['action']): string {
  if (REFUSALS.includes(action)) return 'red';
  if (action === 'CERTIFIED') return 'green';
  if (action === 'SUPPLEMENT_REQUESTED') return 'orange';
  if (action === 'WITHDRAWN') return 'gray';
  return 'blue';
}

/** 评审记录: every step of a case, who took it, when, and with which opinion — for the unit and the reviewers alike. */
export function ReviewTimeline({ history }: { history: Transition[] }) {
  if (history.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无评审记录" />;
  }
  return (
    <Timeline
      items={history.map((step) => ({
        key: `${step.action}-${step.at}`,
        color: colourOf(step.action),
        content: (
          <>
            <Typography.Text strong>{step.actionLabel}</Typography.Text>
            <Typography.Text type="secondary">　{formatDateTime(step.at)}　{step.actor}</Typography.Text>
            {step.comment && <Typography.Paragraph style={{ marginBottom: 0 }}>{step.comment}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
