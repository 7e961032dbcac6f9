import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { ReturnBatchModal } from './BatchForms';
import { DisbursementDownload, PaymentListButtons } from './SubsidyExports';
import { approveBatch, batchKeys, fetchBatch, fetchBatches, type BatchLine, type BatchPayments, type BatchStatus, type BatchSummary } from './batchApi';
import { PAYMENT_STATUSES } from './paymentApi';

const STATUSES: Record<BatchStatus, { label: string; color: string }> = {
  PREPARED: { label: '待审核', color: 'processing' },
  APPROVED: { label: '已审核', color: 'success' },
  RETURNED: { label: '已退回', color: 'warning' },
};

const ACTIONS: Record<BatchStatus, string> = { PREPARED: '编制并提交审核', APPROVED: '审批通过', RETURNED: '退回' };

function StatusTag({ status, label }: { status: BatchStatus; label?: string }) {
  return <Tag color={STATUSES[status]?.color}>{label ?? STATUSES[status]?.label}</Tag>;
}

const PROGRESS_COLORS: Record<string, string> = { 支付中: 'processing', 已支付: 'success', 部分支付失败: 'warning', 支付失败: 'error' };

/** How an approved batch's payments stand (支付中, 已支付 …) with the counts; nothing before approval. */
export function PaymentProgress({ batch }: { batch: BatchPayments }) {
  if (!batch.paymentLabel) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Tag color={PROGRESS_COLORS[batch.paymentLabel] ?? 'default'}>{batch.paymentLabel}</Tag>
      <Typography.Text type="secondary">
        已到账 {batch.paidCount} 笔{batch.failedCount > 0 && `，失败 ${batch.failedCount} 笔`}{batch.pendingCount > 0 && `，办理中 ${batch.pendingCount} 笔`}
      </Typography.Text>
    </Space>
  );
}

/** A line's payment: its status, and why it failed. */
function LinePaymentStatus({ line }: { line: BatchLine }) {
  if (!line.paymentStatus) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      <Tag color={PAYMENT_STATUSES[line.paymentStatus].color}>{line.paymentStatusLabel ?? PAYMENT_STATUSES[line.paymentStatus].label}</Tag>
      {line.failureReason && <div><Typography.Text type="danger">{line.failureReason}</Typography.Text></div>}
    </>
  );
}

/** 审批通过 / 退回 of a batch waiting for approval, for a finance approver (the service refuses the preparer). */
function Decision({ batch }: { batch: Pick<BatchSummary, 'id' | 'status' | 'totalText'> }) {
  const approver = useSession()?.roles.includes('FINANCE_APPROVER') ?? false;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const approve = useMutation({
    mutationFn: () => approveBatch(batch.id),
    onSuccess: async () => {
      void message.success(`支付批次已审核通过，已预留预算 ${batch.totalText}。`);
      await queryClient.invalidateQueries({ queryKey: ['subsidies'] });
    },
    onError: (error) => void message.error(error.message),
  });
  if (!approver || batch.status !== 'PREPARED') return null;
  return (
    <Space>
      <Popconfirm title="审批通过该支付批次？" description={`将从年度预算中预留 ${batch.totalText}。`} okText="审批通过" cancelText="取消"
        onConfirm={() => approve.mutate()}>
        <Button type="primary" size="small" loading={approve.isPending}>审批通过</Button>
      </Popconfirm>
      <Button danger size="small" onClick={() => setReturning(true)}>退回</Button>
      {returning && <ReturnBatchModal batchId={batch.id} onClose={() => setReturning(false)} />}
    </Space>
  );
}

/** 支付批次: every batch, oldest first; the approver approves or returns those waiting. */
export function BatchList() {
  const [status, setStatus] = useState<BatchStatus | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>支付批次</Typography.Title>
      <Typography.Paragraph type="secondary">
        财务经办在“补贴资金”中勾选待拨付的补贴资格编制支付批次；由另一名财务审核人员审批通过（按批次金额预留预算）或写明原因退回。
        审批通过后逐笔发往国库集中支付系统，到账或失败的结果在“支付情况”中显示。
      </Typography.Paragraph>
      <div style={{ marginBottom: 16 }}><DisbursementDownload /></div>
      <FilterSelect<BatchStatus>
        id="batch-status"
        label="状态"
        value={status}
        onChange={setStatus}
        options={(Object.keys(STATUSES) as BatchStatus[]).map((value) => ({ value, label: STATUSES[value].label }))}
        width={140}
      />
      <PagedTable<BatchSummary>
        queryKey={[...batchKeys.all, status]}
        fetchPage={(page) => fetchBatches(status, page)}
        rowKey="id"
        emptyText="暂无支付批次"
        columns={[
          { title: '用途', dataIndex: 'purpose', render: (purpose: string, batch) => <Link to={`/subsidies/batches/${batch.id}`}>{purpose}</Link> },
          { title: '预算年度', dataIndex: 'year' },
          { title: '笔数', dataIndex: 'lineCount', align: 'right' },
          { title: '合计金额', dataIndex: 'totalText', align: 'right' },
          { title: '状态', dataIndex: 'status', render: (value: BatchStatus, batch) => <StatusTag status={value} label={batch.statusLabel} /> },
          { title: '支付情况', key: 'payments', render: (_: unknown, batch) => <PaymentProgress batch={batch} /> },
          { title: '经办人', dataIndex: 'preparedBy' },
          { title: '编制时间', dataIndex: 'preparedAt', render: (at: string) => formatDateTime(at) },
          { title: '操作', key: 'actions', render: (_: unknown, batch) => <Decision batch={batch} /> },
        ]}
      />
    </Card>
  );
}

/** One batch: its lines with the payees' accounts masked, and who did what when. */
export function BatchDetailPage() {
  const { id = '' } = useParams();
  const batch = useQuery({ queryKey: batchKeys.one(id), queryFn: () => fetchBatch(id) });
  const data = batch.data;
  return (
    <Card loading={batch.isLoading}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>支付批次详情</Typography.Title>
      <ErrorAlert error={batch.error} />
      {data && (
        <>
          <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="用途">{data.purpose}</Descriptions.Item>
            <Descriptions.Item label="预算年度">{data.year}</Descriptions.Item>
            <Descriptions.Item label="合计金额">{data.totalText}</Descriptions.Item>
            <Descriptions.Item label="状态"><StatusTag status={data.status} label={data.statusLabel} /></Descriptions.Item>
            <Descriptions.Item label="支付情况" span={2}><PaymentProgress batch={data} /></Descriptions.Item>
            {data.returnReason && <Descriptions.Item label="退回原因" span={2}>{data.returnReason}</Descriptions.Item>}
          </Descriptions>
          <Space wrap style={{ marginBottom: 16 }}>
            <Decision batch={data} />
            <PaymentListButtons batchId={data.id} />
          </Space>
          <Table<BatchLine>
            rowKey="entitlementId"
            dataSource={data.lines}
            pagination={false}
            columns={[
              { title: '持有单位', dataIndex: 'unitName' },
              { title: '劳务品牌名称', dataIndex: 'brandName' },
              { title: '认定级别', dataIndex: 'levelLabel' },
              { title: '金额', dataIndex: 'amountText', align: 'right' },
              { title: '收款户名', dataIndex: 'payeeAccountName' },
              { title: '开户行', dataIndex: 'payeeBankName' },
              { title: '账号', dataIndex: 'payeeAccountNumber' },
              { title: '支付状态', key: 'paymentStatus', render: (_: unknown, line) => <LinePaymentStatus line={line} /> },
              { title: '银行流水号', dataIndex: 'bankTransactionId', render: (id?: string | null) => id ?? '—' },
              { title: '到账时间', dataIndex: 'paidAt', render: (at?: string | null) => formatDateTime(at) },
            ]}
          />
          <Typography.Title level={4}>办理记录</Typography.Title>
          <Timeline items={data.trail.map((step) => ({
            key: `${step.action}-${step.at}`,
            color: step.action === 'RETURNED' ? 'red' : step.action === 'APPROVED' ? 'green' : 'blue',
            children: (
              <>
                {formatDateTime(step.at)} {step.actor}（{step.role === 'FINANCE_CLERK' ? '财务经办' : '财务审核'}）{ACTIONS[step.action]}
                {step.reason && <div>原因：{step.reason}</div>}
              </>
            ),
          }))} />
        </>
      )}
    </Card>
  );
}
