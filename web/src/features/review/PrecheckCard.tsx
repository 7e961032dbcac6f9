import { Card, Space, Spin, Typography } from 'antd';
import type { components } from '../../api/generated/review-workflow-service';
import { AssessmentResult } from '../../shared/review/AssessmentResult';

type Precheck = components['schemas']['Precheck'];

/** 资格预审: the eligibility service's assessment of the declared figures against each level's criteria, year by year. */
export function PrecheckCard({ precheck }: { precheck?: Precheck | null }) {
  const result = precheck?.result;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>资格预审</Typography.Title>
      {result ? <AssessmentResult assessment={result} /> : (
        <Space role="status">
          <Spin size="small" />
          <Typography.Text>资格预审进行中，完成后自动显示结果。</Typography.Text>
        </Space>
      )}
    </Card>
  );
}
