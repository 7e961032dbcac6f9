import { Space, Tag, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { components } from '../api/generated/application-service';

export type NameCheck = components['schemas']['NameCheck'];
type PartKind = NonNullable<NonNullable<NameCheck['parts']>[number]['kind']>;

/** The parts of the naming pattern as the notice names them. */
export const NAME_PARTS: Record<PartKind, string> = {
  CITY: '大连',
  PLACE: '区市县',
  TRADE_NAME: '企业名号',
  INDUSTRY_AND_TRADE: '行业 + 工种',
  SUFFIX: '劳务品牌',
};

/**
 * A name against the naming rule (命名规则) of its level, for the applicant typing it and the reviewer reading it: the
 * verdict in words and a sign (not in colour alone), the parts recognised, and what is wrong with the pattern expected.
 */
export function NameCheckResult({ check }: { check: NameCheck }) {
  const parts = check.parts ?? [];
  return (
    <Space orientation="vertical" size={4} style={{ display: 'flex' }}>
      {check.passed
        ? <Typography.Text type="success"><CheckCircleOutlined /> 符合命名规则</Typography.Text>
        : <Typography.Text type="danger"><CloseCircleOutlined /> 不符合命名规则</Typography.Text>}
      {parts.length > 0 && (
        <Space size={[4, 4]} wrap aria-label="识别出的名称组成">
          {parts.map((part, index) => (
            <Tag key={`${part.kind}-${index}`} color="blue" style={{ marginInlineEnd: 0 }}>
              {NAME_PARTS[part.kind!] ?? part.kind}：{part.text}
            </Tag>
          ))}
        </Space>
      )}
      {!check.passed && (
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {check.findings?.map((finding, index) => (
              <li key={`${finding.code}-${index}`}><Typography.Text type="danger">{finding.message}</Typography.Text></li>
            ))}
          </ul>
          <Typography.Text type="secondary">命名规则：{check.expectedPattern}</Typography.Text>
        </>
      )}
    </Space>
  );
}
