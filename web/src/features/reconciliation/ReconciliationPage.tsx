import { useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Progress, Space, Table, Tag, Typography, Upload } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { isAbort } from '../../shared/transfer';
import { fetchStatements, importStatement, statementKeys, type LineError, type StatementImportAnswer, type StatementSummary } from './statementApi';
import { existingImportOf, importSummary, IMPORT_STATUSES, isCsv, lineErrorsOf, STATEMENT_ACCEPT } from './statementModel';

type UploadState =
  | { kind: 'idle' }
  | { kind: 'sending'; file: string; percent: number }
  | { kind: 'duplicate'; answer: StatementImportAnswer }
  | { kind: 'failed'; error: unknown };

/** The faults of a refused statement, line by line. */
function LineErrors({ errors, errorCount }: { errors: LineError[]; errorCount: number }) {
  return (
    <section aria-label="对账单错误">
      <Typography.Title level={5}>
        共 {errorCount} 处错误{errorCount > errors.length ? `（显示前 ${errors.length} 处）` : ''}，请核对后重新导入：
      </Typography.Title>
      <Table<LineError>
        rowKey={(error) => `${error.line}-${error.message}`}
        size="small"
        dataSource={errors}
        pagination={false}
        columns={[
          { title: '行号', dataIndex: 'line', width: 90, render: (line: number) => `第 ${line} 行` },
          { title: '问题', dataIndex: 'message' },
        ]}
      />
    </section>
  );
}

/** The same file again: nothing changed; when a later file of its day has replaced that import, the current one is linked too. */
function DuplicateAlert({ answer }: { answer: StatementImportAnswer }) {
  const { statement } = answer;
  const superseded = statement.status === 'SUPERSEDED';
  return (
    <Alert
      type={superseded ? 'warning' : 'info'}
      showIcon
      role="status"
      title={superseded ? '该对账单已导入过，且已被更正' : '该对账单已导入过'}
      description={importSummary(answer)}
      action={
        <Space orientation="vertical" size={4}>
          <Link to={`/subsidies/statements/${statement.id}`}>{superseded ? '查看该次导入的对账结果' : '查看对账结果'}</Link>
          {superseded && <Link to={`/subsidies/statements/${statement.currentImportId}`}>查看现行对账结果</Link>}
        </Space>
      }
    />
  );
}

/** A superseded import's cells greyed: it stays readable as history but no longer counts for its day. */
function greyedIfSuperseded(row: StatementSummary, cell: ReactNode): ReactNode {
  return row.status === 'SUPERSEDED' ? <Typography.Text type="secondary">{cell}</Typography.Text> : cell;
}

/** 导入对账单: the day (needed for a day without payments) and the file; the results open once it is taken. */
export function StatementUpload() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });
  const abort = useRef<AbortController>(null);

  async function send(file: File) {
    if (!isCsv(file)) {
      setUpload({ kind: 'idle' });
      message.error('请选择支付系统导出的 CSV 格式对账单文件。');
      return;
    }
    abort.current = new AbortController();
    setUpload({ kind: 'sending', file: file.name, percent: 0 });
    try {
      const answer = await importStatement(file, date?.format('YYYY-MM-DD'),
        (percent) => setUpload((state) => (state.kind === 'sending' ? { ...state, percent } : state)), abort.current.signal);
      void queryClient.invalidateQueries({ queryKey: statementKeys.all });
      if (answer.duplicate) {
        setUpload({ kind: 'duplicate', answer });
      } else {
        setUpload({ kind: 'idle' });
        message.success(importSummary(answer));
        void navigate(`/subsidies/statements/${answer.statement.id}`);
      }
    } catch (error) {
      if (isAbort(error)) {
        setUpload({ kind: 'idle' });
        message.info('已取消上传');
      } else {
        setUpload({ kind: 'failed', error });
      }
    }
  }

  const sending = upload.kind === 'sending';
  const lineErrors = upload.kind === 'failed' ? lineErrorsOf(upload.error) : undefined;
  const existing = upload.kind === 'failed' ? existingImportOf(upload.error) : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
      <Space wrap>
        <label htmlFor="statement-date">对账日期</label>
        <DatePicker
          id="statement-date"
          value={date}
          onChange={setDate}
          disabled={sending}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          placeholder="按对账单自动识别"
        />
        <Typography.Text type="secondary">对账单无交易明细时必选；有明细时可不选，选了则须与明细的交易日期一致。</Typography.Text>
      </Space>
      <Upload.Dragger
        accept={STATEMENT_ACCEPT}
        multiple={false}
        showUploadList={false}
        disabled={sending}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon"><CloudUploadOutlined /></p>
        <p className="ant-upload-text">点击或将对账单文件拖到此处导入</p>
        <p className="ant-upload-hint">
          支付系统导出的日对账单原文件（CSV，UTF-8 编码）。已导入日期的另一份文件（如银行的更正对账单、日终后的完整对账单）将替换原导入，原导入保留为历史记录；同一文件重复导入不会改变对账结果。
        </p>
      </Upload.Dragger>
      {sending && (
        <div role="status" aria-live="polite">
          <Typography.Text>{upload.percent < 100 ? `正在上传 ${upload.file}…` : `${upload.file} 已上传，正在逐行校验并对账…`}</Typography.Text>
          <Flex gap={12} align="center">
            <Progress percent={upload.percent} status="active" aria-label="上传进度" style={{ flex: 1 }} />
            {upload.percent < 100 && <Button size="small" onClick={() => abort.current?.abort()}>取消</Button>}
          </Flex>
        </div>
      )}
      {upload.kind === 'duplicate' && <DuplicateAlert answer={upload.answer} />}
      {upload.kind === 'failed' && (
        <>
          <ErrorAlert error={upload.error} title="对账单未导入" />
          {existing && <Link to={`/subsidies/statements/${existing}`}>查看同时导入的对账结果</Link>}
          {lineErrors && <LineErrors {...lineErrors} />}
        </>
      )}
    </Space>
  );
}

/**
 * 对账: import the bank's daily statement, and the imports so far, the latest day first; a day's superseded imports (greyed,
 * 已被更正, linked to the import that replaced them) under its current one.
 */
export function ReconciliationPage() {
  return (
    <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>对账</Typography.Title>
        <Typography.Paragraph type="secondary">
          从支付系统下载每日对账单并导入，平台按业务参考号逐笔核对银行流水号、金额和到账状态，并列出平台已确认到账而对账单中没有的支付。
          不符的各项排在前面，请逐项与银行核实。
        </Typography.Paragraph>
        <StatementUpload />
      </Card>
      <Card title="已导入的对账单">
        <PagedTable<StatementSummary>
          queryKey={[...statementKeys.all]}
          fetchPage={fetchStatements}
          rowKey="id"
          emptyText="尚未导入对账单"
          columns={[
            { title: '对账日期', dataIndex: 'statementDate', render: (day: string, row) => <Link to={`/subsidies/statements/${row.id}`}>{day}</Link> },
            {
              title: '状态',
              dataIndex: 'status',
              render: (_: unknown, row) => (
                <Space size={4} wrap>
                  <Tag color={IMPORT_STATUSES[row.status]?.color}>{row.statusLabel}</Tag>
                  {row.supersededBy && <Link to={`/subsidies/statements/${row.supersededBy}`}>查看更正后的对账单</Link>}
                </Space>
              ),
            },
            { title: '文件', dataIndex: 'fileName', render: (name: string, row) => greyedIfSuperseded(row, name) },
            { title: '笔数', dataIndex: 'lineCount', align: 'right', render: (count: number, row) => greyedIfSuperseded(row, count) },
            { title: '合计金额', dataIndex: 'totalText', align: 'right', render: (text: string, row) => greyedIfSuperseded(row, text) },
            { title: '已对平', dataIndex: 'matchedCount', align: 'right', render: (count: number, row) => greyedIfSuperseded(row, count) },
            {
              title: '不符',
              dataIndex: 'mismatchCount',
              align: 'right',
              render: (count: number, row) => row.status === 'SUPERSEDED'
                ? greyedIfSuperseded(row, count > 0 ? `${count} 项` : '无')
                : <Tag color={count > 0 ? 'error' : 'success'}>{count > 0 ? `${count} 项` : '无'}</Tag>,
            },
            { title: '导入人', dataIndex: 'importedBy', render: (by: string, row) => greyedIfSuperseded(row, by) },
            { title: '导入时间', dataIndex: 'importedAt', render: (at: string, row) => greyedIfSuperseded(row, formatDateTime(at)) },
          ]}
        />
      </Card>
    </Space>
  );
}
