import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { subsidyApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/subsidy-service';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime, formatFen } from '../../shared/format';
import { useSession } from '../../auth/session';
import { PrepareBatchModal } from './BatchForms';

type Entitlement = components['schemas']['EntitlementView'];
type Status = NonNullable<Entitlement['status']>;
/** the certification paid for, the province's included */
type CertificationLevel = NonNullable<Entitlement['level']>;

const LEVELS: Record<CertificationLevel, string> = { DISTRICT: '区级', CITY: '市级', PROVINCIAL: '省级' };

const STATUSES: Record<Status, { label: string; color: string }> = {
  CREATED: { label: '待拨付', color: 'warning' },
  PREPARED: { label: '已制单', color: 'processing' },
  APPROVED: { label: '已审核', color: 'geekblue' },
  DISBURSED: { label: '已拨付', color: 'success' },
  PAYMENT_FAILED: { label: '支付失败', color: 'error' },
};

/** The one-time subsidies the certified brands are entitled to, for the finance staff. */
export function EntitlementList() {
  const [status, setStatus] = useState<Status | undefined>();
  const clerk = useSession()?.roles.includes('FINANCE_CLERK') ?? false;
  const navigate = useNavigate();
  // kept across pages: the clerk may gather a batch from several
  const [selected, setSelected] = useState<Entitlement[]>([]);
  const [preparing, setPreparing] = useState(false);
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>补贴资金</Typography.Title>
      <Typography.Paragraph type="secondary">
        新认定的市级劳务品牌一次性补助 5 万元、获评省级劳务品牌的一次性补助 10 万元，从就业补助资金中列支。
      </Typography.Paragraph>
      <FilterSelect<Status>
        id="entitlement-status"
        label="状态"
        value={status}
        onChange={setStatus}
        options={(Object.keys(STATUSES) as Status[]).map((value) => ({ value, label: STATUSES[value].label }))}
        width={140}
      />
      {clerk && (
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" disabled={selected.length === 0} onClick={() => setPreparing(true)}>编制支付批次</Button>
          <Typography.Text type="secondary">
            {selected.length === 0 ? '勾选待拨付或支付失败的补贴资格后编制支付批次' : `已选 ${selected.length} 条，合计 ${formatFen(totalOf(selected))}`}
          </Typography.Text>
        </Space>
      )}
      {preparing && (
        <PrepareBatchModal entitlementIds={selected.map((entitlement) => entitlement.id as string)} totalFen={totalOf(selected)}
          onClose={() => setPreparing(false)}
          onPrepared={(batch) => {
            setSelected([]);
            setPreparing(false);
            void navigate(`/subsidies/batches/${batch.id}`);
          }} />
      )}
      <PagedTable<Entitlement>
        queryKey={['subsidies', 'entitlements', status]}
        fetchPage={(page) => unwrap(subsidyApi.GET('/api/subsidies/entitlements', { params: { query: { ...page, status } } }))}
        rowKey="id"
        rowSelection={clerk ? {
          preserveSelectedRowKeys: true,
          selectedRowKeys: selected.map((entitlement) => entitlement.id as string),
          onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
          // waiting for a first payment, or for another after the last one failed
          getCheckboxProps: (entitlement) => ({
            disabled: entitlement.status !== 'CREATED' && entitlement.status !== 'PAYMENT_FAILED', name: entitlement.brandName,
          }),
        } : undefined}
        emptyText="暂无补贴资金记录"
        columns={[
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '持有单位', dataIndex: 'unitName' },
          {
            title: '认定级别',
            dataIndex: 'level',
            render: (level: Entitlement['level'], entitlement) => entitlement.levelLabel ?? (level ? LEVELS[level] : ''),
          },
          { title: '补助金额', dataIndex: 'amountFen', align: 'right', render: (fen: number) => formatFen(fen) },
          {
            title: '状态',
            dataIndex: 'status',
            render: (value: Status, entitlement) => (
              <Tag color={STATUSES[value]?.color}>{entitlement.statusLabel ?? STATUSES[value]?.label}</Tag>
            ),
          },
          { title: '生成时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
        ]}
      />
    </Card>
  );
}

function totalOf(entitlements: Entitlement[]): number {
  return entitlements.reduce((sum, entitlement) => sum + (entitlement.amountFen ?? 0), 0);
}
