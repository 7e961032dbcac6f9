import { Card, Space, Table, Tag, Typography } from 'antd';
import { formatDate } from '../../shared/format';
import type { PaidSubsidyView, WithPaidSubsidies } from './subsidyTypes';

/** The header's mark of a brand whose unit has been paid its one-time subsidy. */
export function SubsidyPaidTag({ brand }: { brand: WithPaidSubsidies }) {
  return brand.subsidyPaid ? <Tag color="success">奖补已拨付</Tag> : null;
}

/** A list's cell: each subsidy paid with its level and amount, or a dash. */
export function SubsidyPaidCell({ brand }: { brand: WithPaidSubsidies }) {
  const subsidies = brand.subsidies ?? [];
  if (subsidies.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      {subsidies.map((subsidy) => <Tag key={subsidy.certificationLevel} color="success">{subsidy.levelLabel} {subsidy.amountText}</Tag>)}
    </Space>
  );
}

/**
 * 奖补资金 on the brand's page: the one-time subsidies paid to the unit (the city's ¥50,000, the province's ¥100,000), each with
 * the day it reached the unit's account. A district-level brand gets none under the notice.
 */
export function SubsidySection({ brand }: { brand: WithPaidSubsidies & { level?: string | null } }) {
  const subsidies = brand.subsidies ?? [];
  return (
    <Card size="small" title="奖补资金">
      {subsidies.length > 0 ? (
        <Table<PaidSubsidyView> size="small" pagination={false} rowKey="certificationLevel" dataSource={subsidies} columns={[
          { title: '奖补类别', dataIndex: 'levelLabel', render: (label: string) => `${label}劳务品牌一次性奖补` },
          { title: '金额', dataIndex: 'amountText', align: 'right' },
          { title: '拨付日期', dataIndex: 'paidAt', render: (paidAt: string) => formatDate(paidAt) },
          { title: '状态', key: 'status', render: () => <Tag color="success">已拨付</Tag> },
        ]} />
      ) : (
        <Typography.Text type="secondary">
          {brand.level === 'DISTRICT' ? '区级劳务品牌不享受一次性奖补。' : '一次性奖补资金尚未拨付。'}
        </Typography.Text>
      )}
    </Card>
  );
}
