import { useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { allocateBudget, budgetKeys, fetchBudgets, type BudgetView } from './budgetApi';

interface AllocationValues {
  year: number;
  allocationYuan: number;
  reference: string;
  note?: string;
}

/** 预算管理: the employment subsidy fund's allocation per year and its balance; a finance approver sets it. */
export function BudgetPage() {
  const approver = useSession()?.roles.includes('FINANCE_APPROVER') ?? false;
  const budgets = useQuery({ queryKey: budgetKeys.all, queryFn: fetchBudgets });
  const [editing, setEditing] = useState<Partial<AllocationValues> | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>预算管理</Typography.Title>
      <Typography.Paragraph type="secondary">
        劳务品牌一次性奖补从就业补助资金中列支。审批支付批次时按批次金额预留预算，可用余额 = 预算额度 − 已预留 − 已拨付。
      </Typography.Paragraph>
      {approver && (
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => setEditing({ year: new Date().getFullYear() })}>录入年度预算</Button>
      )}
      <ErrorAlert error={budgets.error} />
      <Table<BudgetView>
        rowKey="year"
        loading={budgets.isLoading}
        dataSource={budgets.data}
        pagination={false}
        locale={{ emptyText: '尚未录入就业补助资金预算' }}
        columns={[
          { title: '年度', dataIndex: 'year' },
          { title: '预算额度', dataIndex: 'allocationText', align: 'right' },
          { title: '已预留', dataIndex: 'reservedText', align: 'right' },
          { title: '已拨付', dataIndex: 'paidText', align: 'right' },
          { title: '可用余额', dataIndex: 'remainingText', align: 'right' },
          { title: '资金文号', dataIndex: 'reference' },
          { title: '录入人', dataIndex: 'setBy' },
          { title: '录入时间', dataIndex: 'setAt', render: (at: string) => formatDateTime(at) },
          ...(approver ? [{
            title: '操作',
            key: 'actions',
            render: (_: unknown, budget: BudgetView) => (
              <Button type="link" onClick={() => setEditing({ year: budget.year, allocationYuan: budget.allocationFen / 100,
                reference: budget.reference, note: budget.note ?? undefined })}>调整</Button>
            ),
          }] : []),
        ]}
      />
      {editing && <AllocationModal initial={editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

/** Sets or changes one year's allocation; the service refuses lowering it below what is reserved and paid. */
export function AllocationModal({ initial, onClose }: { initial: Partial<AllocationValues>; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AllocationValues>();
  const allocate = useMutation({
    mutationFn: (values: AllocationValues) => allocateBudget(values.year, {
      allocationFen: Math.round(values.allocationYuan * 100),
      reference: values.reference.trim(),
      note: values.note?.trim() || undefined,
    }),
    onSuccess: async (budget) => {
      void message.success(`${budget.year} 年度预算已保存，可用余额 ${budget.remainingText}。`);
      await queryClient.invalidateQueries({ queryKey: budgetKeys.all });
      onClose();
    },
  });
  return (
    <Modal title="录入年度预算" open onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={allocate.isPending}
      onOk={() => form.submit()} destroyOnHidden>
      <Form<AllocationValues> form={form} layout="vertical" initialValues={initial} onFinish={(values) => allocate.mutate(values)}>
        <Form.Item name="year" label="预算年度" rules={[{ required: true, message: '请填写预算年度。' },
          { type: 'number', min: 2000, max: 2100, message: '预算年度应在 2000 至 2100 年之间。' }]}>
          <InputNumber precision={0} disabled={initial.allocationYuan !== undefined} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="allocationYuan" label="预算额度（元）" rules={[{ required: true, message: '请填写预算额度。' },
          { type: 'number', min: 0, message: '预算额度不能为负数。' }]}>
          <InputNumber precision={2} min={0} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="reference" label="资金下达文号" rules={[{ required: true, whitespace: true, message: '请填写资金下达文号。' },
          { max: 100, message: '文号不超过 100 个字。' }]}>
          <Input placeholder="例如：大财社〔2026〕12号" />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 500, message: '备注不超过 500 个字。' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <ErrorAlert error={allocate.error} />
      </Form>
    </Modal>
  );
}
