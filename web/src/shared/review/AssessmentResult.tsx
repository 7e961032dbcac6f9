import { Alert, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { components } from '../../api/generated/eligibility-service';
import { formatDateTime } from '../format';
import { LEVELS } from '../vocabulary';

type Assessment = components['schemas']['EligibilityAssessed'];
/** An assessment, or a preview of one (the same results, not stored: no time of assessment). */
type AssessmentLike = Pick<Assessment, 'ruleSet' | 'levels' | 'riskFlags'> & { assessedAt?: string; basis?: string };
/** A criterion's result; since EligibilityAssessed 1.1 with the roster's figure and whether it supports the declaration. */
type CriterionResult = components['schemas']['CriterionResult'];

/** Met or not, in words and a sign as well as a colour. */
function Verdict({ met }: { met?: boolean }) {
  return met ? <Typography.Text type="success">✓ 符合</Typography.Text> : <Typography.Text type="danger">✗ 不符合</Typography.Text>;
}

/** The roster's figure beside the declared one: whether it supports it, in words and a sign as well as a colour. */
function Counted({ criterion }: { criterion: CriterionResult }) {
  if (criterion.counted == null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (criterion.supported === false) {
    return (
      <Typography.Text type="danger" strong>
        {criterion.counted}
        <br />✗ 不支持申报数据
      </Typography.Text>
    );
  }
  return (
    <Typography.Text>
      {criterion.counted}
      {criterion.supported === true && <><br /><Typography.Text type="success">✓ 相符</Typography.Text></>}
    </Typography.Text>
  );
}

/** What the yearly counts were assessed on, when the assessment says (1.1). */
function basisText(basis?: string): string | undefined {
  if (basis === 'ROSTER') return '按导入的务工人员花名册计数';
  if (basis === 'DECLARED') return '未导入花名册，按申报数据';
  return undefined;
}

/**
 * The eligibility service's assessment as the unit and the reviewers both read it: each level met or not, the risk
 * flags, and per level a table of every criterion and year with the declared figure against the standard.
 */
export function AssessmentResult({ assessment }: { assessment: AssessmentLike }) {
  const flags = assessment.riskFlags ?? [];
  const basis = basisText(assessment.basis);
  // the column of the roster's figures only when some criterion was counted from a roster
  const counted = assessment.levels?.some((level) => level.criteria?.some((criterion: CriterionResult) => criterion.counted != null)) ?? false;
  return (
    <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
      <Typography.Text type="secondary">
        评审规则 {assessment.ruleSet}，{assessment.assessedAt ? `预审时间 ${formatDateTime(assessment.assessedAt)}` : '按当前填报的数据预评估，仅供参考'}
        {basis && `，${basis}`}
      </Typography.Text>
      <Space wrap>
        {assessment.levels?.map((level) => (
          <Tag key={level.level} color={level.met ? 'success' : 'error'}>
            {LEVELS[level.level!]}标准：{level.met ? '✓ 符合' : '✗ 不符合'}
          </Tag>
        ))}
      </Space>
      {flags.length ? flags.map((flag) => (
        <Alert
          key={flag.code}
          type={flag.blocking ? 'error' : 'warning'}
          showIcon
          title={flag.blocking ? `阻断性风险：${flag.description}` : `风险提示：${flag.description}`}
        />
      )) : <Typography.Text>未发现风险事项。</Typography.Text>}
      <Tabs
        items={assessment.levels?.map((level) => ({
          key: level.level!,
          label: `${LEVELS[level.level!]}标准（${level.met ? '符合' : '不符合'}）`,
          children: (
            <Table<CriterionResult>
              rowKey={(criterion) => `${criterion.criterion}-${criterion.year ?? ''}`}
              size="small"
              pagination={false}
              dataSource={level.criteria}
              columns={[
                { title: '指标', dataIndex: 'label' },
                { title: '年度', dataIndex: 'year', width: 90, render: (year?: number | null) => (year ? `${year}年` : '—') },
                { title: '申报数据', dataIndex: 'declared', width: 110 },
                { title: '认定标准', dataIndex: 'required', width: 110 },
                { title: '结果', dataIndex: 'met', width: 90, render: (met?: boolean) => <Verdict met={met} /> },
                ...(counted ? [{
                  title: '花名册计入',
                  key: 'counted',
                  width: 130,
                  render: (_: unknown, criterion: CriterionResult) => <Counted criterion={criterion} />,
                }] : []),
                { title: '说明', dataIndex: 'explanation' },
              ]}
            />
          ),
        }))}
      />
    </Space>
  );
}
