import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Space, Table, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { downloadFile } from '../../shared/transfer';
import { AnswerPanel, DecisionModal, OrderRectificationModal } from './RectificationForms';
import { fetchRectifications, fileUrl, lifecycleKeys, type BrandLifecycleView, type RectificationView, type StoredFileView } from './lifecycleApi';
import type { BrandRoles } from './brandRoles';

const STATUS_COLORS: Record<RectificationView['status'], string> = {
  OPEN: 'processing', ANSWERED: 'warning', ACCEPTED: 'success', FAILED: 'error', OVERDUE: 'error',
};

export function RectificationStatusTag({ rectification }: { rectification: Pick<RectificationView, 'status' | 'statusLabel'> }) {
  return <Tag color={STATUS_COLORS[rectification.status]}>{rectification.statusLabel}</Tag>;
}

/** 剩余 n 个工作日, 今天为截止日, 已逾期: the deadline as the person reads it. */
export function daysLeftText(rectification: Pick<RectificationView, 'workingDaysLeft' | 'overdue' | 'status'>): string {
  if (rectification.overdue) return '已逾期';
  if (rectification.workingDaysLeft == null) return '—';
  if (rectification.workingDaysLeft === 0) return rectification.status === 'ANSWERED' ? '待审核' : '今天为截止日';
  return `剩余 ${rectification.workingDaysLeft} 个工作日`;
}

function FileLink({ brandId, file }: { brandId: string; file: StoredFileView }) {
  const { message } = App.useApp();
  return (
    <Button type="link" size="small" icon={<PaperClipOutlined />}
      onClick={() => downloadFile(fileUrl(brandId, file.id), file.name).catch((error: unknown) => void message.error(messageOf(error)))}>
      {file.name}
    </Button>
  );
}

/** One rectification: the order, the answers with their evidence, the extensions and the decision. */
export function RectificationDetails({ rectification }: { rectification: RectificationView }) {
  return (
    <>
      <Descriptions column={2} size="small" bordered items={[
        { key: 'status', label: '状态', children: <RectificationStatusTag rectification={rectification} /> },
        { key: 'reasons', label: '整改原因', children: rectification.reasons.map((reason) => <Tag key={reason.code}>{reason.label}</Tag>) },
        { key: 'ordered', label: '下达日期', children: `${formatDate(rectification.orderedOn)}（${rectification.orderedBy}）` },
        { key: 'deadline', label: '整改期限', children: `${formatDate(rectification.deadline)}（${rectification.workingDays} 个工作日${rectification.extensions.length ? '，已延期' : ''}）` },
        { key: 'left', label: '剩余时间', children: daysLeftText(rectification) },
        { key: 'explanation', label: '情况说明', span: 2, children: rectification.explanation },
      ]} />
      {(rectification.answers.length > 0 || rectification.extensions.length > 0 || rectification.decision) && (
        <Timeline style={{ marginTop: 16 }} items={[
          ...rectification.answers.map((answer, index) => ({
            key: `answer-${index}`,
            content: (
              <>
                <Typography.Text strong>{formatDate(answer.answeredOn)} 整改答复</Typography.Text>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{answer.text}</Typography.Paragraph>
                {answer.evidence.map((file) => <FileLink key={file.id} brandId={rectification.brandId} file={file} />)}
              </>
            ),
          })),
          ...rectification.extensions.map((extension, index) => ({
            key: `extension-${index}`,
            color: 'orange',
            content: `${formatDate(extension.decidedOn)} 延期：${formatDate(extension.previousDeadline)} → ${formatDate(extension.newDeadline)}。理由：${extension.reason}`,
          })),
          ...(rectification.decision ? [{
            key: 'decision',
            color: rectification.decision.outcome === 'ACCEPTED' ? 'green' : 'red',
            content: `${formatDate(rectification.decision.decidedOn)} ${rectification.decision.outcomeLabel}${rectification.decision.note ? `：${rectification.decision.note}` : ''}`,
          }] : []),
        ]} />
      )}
    </>
  );
}

/** 整改 tab: the running rectification with what the reader may do on it, the order button, and the history. */
export function RectificationTab({ brand, roles }: { brand: BrandLifecycleView; roles: BrandRoles }) {
  const [ordering, setOrdering] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const history = useQuery({ queryKey: [...lifecycleKeys.history(brand.id), brand.status, brand.currentRectification?.status], queryFn: () => fetchRectifications(brand.id) });
  const current = brand.currentRectification;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="进行中的整改" extra={roles.reviewer && brand.status === 'ACTIVE' && (
        <Button type="primary" danger onClick={() => setOrdering(true)}>责令整改</Button>
      )}>
        {current ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <RectificationDetails rectification={current} />
            {roles.holder && <AnswerPanel key={`${current.id}-${current.status}-${current.deadline}`} rectification={current} />}
            {roles.reviewer && (
              <Button type="primary" onClick={() => setDeciding(true)}>{current.status === 'ANSWERED' ? '审核整改答复' : '延期'}</Button>
            )}
            {roles.reviewer && <DecisionModal rectification={current} open={deciding} onClose={() => setDeciding(false)} />}
          </Space>
        ) : (
          <Empty description="当前没有进行中的整改" />
        )}
      </Card>
      <Card title="整改记录">
        <ErrorAlert error={history.error} />
        <Table<RectificationView> rowKey="id" loading={history.isLoading} dataSource={history.data} pagination={false}
          locale={{ emptyText: '暂无整改记录' }}
          expandable={{ expandedRowRender: (rectification) => <RectificationDetails rectification={rectification} /> }}
          columns={[
            { title: '下达日期', dataIndex: 'orderedOn', render: (date: string) => formatDate(date) },
            { title: '整改原因', dataIndex: 'reasons', render: (reasons: RectificationView['reasons']) => reasons.map((reason) => reason.label).join('、') },
            { title: '整改期限', dataIndex: 'deadline', render: (date: string) => formatDate(date) },
            { title: '状态', key: 'status', render: (_: unknown, rectification) => <RectificationStatusTag rectification={rectification} /> },
          ]} />
      </Card>
      <OrderRectificationModal brandId={brand.id} brandName={brand.brandName} open={ordering} onClose={() => setOrdering(false)} />
    </Space>
  );
}
