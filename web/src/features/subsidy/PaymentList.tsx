import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { checkPaymentStatus, fetchPayments, PAYMENT_STATUSES, paymentKeys, type Payment, type PaymentStatus } from './paymentApi';

/** 查询结果: asks the payment system now about a payment still under way. */
function StatusCheck({ payment }: { payment: Payment }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const check = useMutation({
    mutationFn: () => checkPaymentStatus(payment.id),
    onSuccess: async (found) => {
      void message.success(`支付系统答复：${found.statusLabel}`);
      await queryClient.invalidateQueries({ queryKey: ['subsidies'] });
    },
    onError: (error) => void message.error(error.message),
  });
  if (payment.status === 'SUCCEEDED' || payment.status === 'FAILED') return null;
  return <Button size="small" loading={check.isPending} onClick={() => check.mutate()}>查询结果</Button>;
}

/** What finance reads about a payment's last try or its failure. */
function Explanation({ payment }: { payment: Payment }) {
  if (payment.status === 'FAILED') {
    return <Typography.Text type="danger">{payment.failureReason}{payment.failureCode && `（${payment.failureCode}）`}</Typography.Text>;
  }
  if (payment.lastError) return <Typography.Text type="warning">{payment.lastError}</Typography.Text>;
  return <Typography.Text type="secondary">—</Typography.Text>;
}

/** 支付状态: every payment sent through the treasury's payment system, oldest first, with where it stands. */
export function PaymentList() {
  const [status, setStatus] = useState<PaymentStatus | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>支付状态</Typography.Title>
      <Typography.Paragraph type="secondary">
        支付批次审批通过后，每笔补贴以“业务参考号”发往国库集中支付系统；支付系统暂时无法连接时自动以同一业务参考号重发，不会重复支付。
        支付失败的补贴资格可在“补贴资金”中重新编入支付批次。
      </Typography.Paragraph>
      <FilterSelect<PaymentStatus>
        id="payment-status"
        label="支付状态"
        value={status}
        onChange={setStatus}
        options={(Object.keys(PAYMENT_STATUSES) as PaymentStatus[]).map((value) => ({ value, label: PAYMENT_STATUSES[value].label }))}
        width={140}
      />
      <PagedTable<Payment>
        queryKey={[...paymentKeys.all, status]}
        fetchPage={(page) => fetchPayments(status, page)}
        rowKey="id"
        emptyText="暂无支付记录"
        columns={[
          { title: '持有单位', dataIndex: 'unitName' },
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '认定级别', dataIndex: 'levelLabel' },
          { title: '金额', dataIndex: 'amountText', align: 'right' },
          {
            title: '支付状态', dataIndex: 'status',
            render: (value: PaymentStatus, payment) => <Tag color={PAYMENT_STATUSES[value].color}>{payment.statusLabel}</Tag>,
          },
          { title: '说明', key: 'explanation', render: (_: unknown, payment) => <Explanation payment={payment} /> },
          {
            title: '业务参考号', dataIndex: 'reference',
            render: (reference: string, payment) => (
              <>
                <Typography.Text code>{reference}</Typography.Text>
                <div><Typography.Text type="secondary">第 {payment.attempt} 次支付，发送 {payment.sendCount} 次</Typography.Text></div>
              </>
            ),
          },
          { title: '银行流水号', dataIndex: 'bankTransactionId', render: (id?: string | null) => id ?? '—' },
          { title: '最近发送', dataIndex: 'lastSentAt', render: (at?: string | null) => formatDateTime(at) },
          { title: '完成时间', dataIndex: 'completedAt', render: (at?: string | null) => formatDateTime(at) },
          { title: '支付批次', dataIndex: 'batchId', render: (id: string) => <Link to={`/subsidies/batches/${id}`}>查看批次</Link> },
          { title: '操作', key: 'actions', render: (_: unknown, payment) => <StatusCheck payment={payment} /> },
        ]}
      />
    </Card>
  );
}
