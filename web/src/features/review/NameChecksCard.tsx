import { Card, Descriptions, Empty, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { NameCheckResult } from '../../shared/NameCheckResult';
import { LEVELS } from '../../shared/vocabulary';
import type { CaseDetail } from './caseActions';

/**
 * 命名规则检查: each proposed name against the naming rule of its level, as application-service checks it for the
 * unit's type and legal name, so that the reviewer sees whether the name fits before deciding.
 */
export function NameChecksCard({ detail }: { detail: CaseDetail }) {
  const checks = useQuery({
    queryKey: ['reviews', 'case', detail.id, 'name-checks', detail.applicationId],
    queryFn: () => unwrap(applicationApi.GET('/api/applications/{id}/checks', { params: { path: { id: detail.applicationId! } } })),
    enabled: detail.applicationId !== undefined,
    staleTime: 60_000,
  });
  const nameOf = (level?: string) => (level === 'CITY' ? detail.cityBrandName : detail.brandName);
  const nameChecks = checks.data?.nameChecks ?? [];
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>命名规则检查</Typography.Title>
      <ErrorAlert error={checks.error} title="命名规则检查结果暂时无法读取" />
      {checks.isLoading && <Spin size="small" />}
      {checks.data && (nameChecks.length === 0
        ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无命名规则检查结果" />
        : (
          <Descriptions
            bordered
            size="small"
            column={1}
            items={nameChecks.map((check) => ({
              key: check.level,
              label: `${LEVELS[check.level!]}品牌名称`,
              children: (
                <>
                  <Typography.Paragraph strong style={{ marginBottom: 8 }}>{nameOf(check.level) ?? '—'}</Typography.Paragraph>
                  <NameCheckResult check={check} />
                </>
              ),
            }))}
          />
        ))}
    </Card>
  );
}
