import { useState } from 'react';
import { Alert, Card, Descriptions, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { fetchStatement, statementKeys, type MatchStatus, type StatementEntry } from './statementApi';
import { IMPORT_STATUSES, MATCH_STATUSES } from './statementModel';

export function MatchTag({ status, label }: { status: MatchStatus; label?: string }) {
  return <Tag color={MATCH_STATUSES[status]?.color}>{label ?? MATCH_STATUSES[status]?.label ?? status}</Tag>;
}

/**
 * One import: every line of the bank's statement with its result, the mismatches first (as the service orders them); a
 * superseded import is history, and says which import counts for its day now.
 */
export function StatementDetailPage() {
  const { id = '' } = useParams();
  const statement = useQuery({ queryKey: statementKeys.one(id), queryFn: () => fetchStatement(id) });
  const [onlyMismatches, setOnlyMismatches] = useState(false);
  const data = statement.data;
  const entries = data?.entries.filter((entry) => !onlyMismatches || entry.matchStatus !== 'MATCHED');
  return (
    <Card loading={statement.isLoading}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>对账结果{data ? ` · ${data.statementDate}` : ''}</Typography.Title>
        <Link to="/subsidies/statements">返回对账</Link>
      </Space>
      <ErrorAlert error={statement.error} />
      {data?.status === 'SUPERSEDED' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="该对账单已被更正"
          description={`${data.statementDate} 此后导入了另一份对账单（${formatDateTime(data.supersededAt)}），本次导入的对账结果仅作为历史记录保留，不再作为该日期的对账结果。`}
          action={<Link to={`/subsidies/statements/${data.currentImportId}`}>查看现行对账结果</Link>}
        />
      )}
      {data && (
        <>
          <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="对账日期">{data.statementDate}</Descriptions.Item>
            <Descriptions.Item label="文件">{data.fileName}</Descriptions.Item>
            <Descriptions.Item label="笔数">{data.lineCount}</Descriptions.Item>
            <Descriptions.Item label="合计金额">{data.totalText}</Descriptions.Item>
            <Descriptions.Item label="已对平">{data.matchedCount} 笔</Descriptions.Item>
            <Descriptions.Item label="不符">
              <Tag color={data.mismatchCount > 0 ? 'error' : 'success'}>{data.mismatchCount > 0 ? `${data.mismatchCount} 项` : '无'}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="导入人">{data.importedBy}</Descriptions.Item>
            <Descriptions.Item label="导入时间">{formatDateTime(data.importedAt)}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={IMPORT_STATUSES[data.status]?.color}>{data.statusLabel}</Tag>
              {data.supersededAt && <Typography.Text type="secondary">更正于 {formatDateTime(data.supersededAt)}</Typography.Text>}
            </Descriptions.Item>
          </Descriptions>
          <Space style={{ marginBottom: 12 }}>
            <Switch id="only-mismatches" checked={onlyMismatches} onChange={setOnlyMismatches} />
            <label htmlFor="only-mismatches">只看不符项</label>
          </Space>
          <section aria-label="对账明细">
            <Table<StatementEntry>
              rowKey={(entry) => `${entry.lineNumber ?? 'missing'}-${entry.reference}`}
              dataSource={entries}
              pagination={false}
              locale={{ emptyText: onlyMismatches ? '没有不符项' : '对账单没有交易明细' }}
              columns={[
                { title: '对账结果', dataIndex: 'matchStatus', width: 150, render: (status: MatchStatus, entry) => <MatchTag status={status} label={entry.matchStatusLabel} /> },
                { title: '行号', dataIndex: 'lineNumber', width: 70, render: (line: number | null) => line ?? '—' },
                { title: '交易时间', dataIndex: 'transactionTime', width: 100, render: (time: string | null) => time ?? '—' },
                {
                  title: '银行流水号',
                  key: 'transaction',
                  render: (_: unknown, entry) => entry.transactionId ?? entry.platformTransactionId ?? '—',
                },
                {
                  title: '收款单位',
                  key: 'payee',
                  render: (_: unknown, entry) => (
                    <>
                      <div>{entry.unitName ?? entry.payeeAccountName}</div>
                      {entry.payeeAccountNumber && <Typography.Text type="secondary">{entry.payeeBankName} {entry.payeeAccountNumber}</Typography.Text>}
                    </>
                  ),
                },
                { title: '对账单金额', dataIndex: 'amountText', align: 'right', render: (text: string | null) => text ?? '—' },
                { title: '平台金额', dataIndex: 'platformAmountText', align: 'right', render: (text: string | null) => text ?? '—' },
                { title: '平台状态', dataIndex: 'platformStatusLabel', render: (text: string | null) => text ?? '—' },
                { title: '说明', dataIndex: 'note', render: (note: string | null) => note ?? '' },
              ]}
            />
          </section>
        </>
      )}
    </Card>
  );
}
