import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDistrictName } from '../../shared/districts';
import { formatDateTime } from '../../shared/format';
import { formatBytes } from '../../shared/transfer';
import { statusOf } from '../../shared/vocabulary';
import { DisclosureDialog } from './DisclosureDialog';
import {
  countingColor, importSummary, nextAfter, rosterChecks, unsupportedCount, yearsInOrder, type CountedCriterion, type MaskedWorker,
  type Overlap, type RosterCheck, type RosterImport,
} from './rosterModel';
import { downloadRefusals, useRoster, useRosterOverlaps, useRosterWorkers, WORKERS_PAGE } from './rosterQueries';
import { RosterYearsTable } from './RosterYearsTable';

/**
 * 花名册核验 on a case: the roster's counts year by year beside the declared figures (a figure the roster does not
 * support in red, with both numbers), the workers other applications or certified brands count too, and the workers
 * masked, each of them shown in full on a recorded request with a reason.
 */
export function RosterReviewCard({ applicationId, levels }: { applicationId: string; levels?: { criteria?: CountedCriterion[] }[] }) {
  const roster = useRoster(applicationId);
  const current = roster.data?.current;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>花名册核验</Typography.Title>
      <ErrorAlert error={roster.error} />
      {roster.isLoading && <Spin />}
      {roster.data && !current && (
        <Alert type="warning" showIcon title="申报单位未导入务工人员花名册，申报数据无花名册佐证。" />
      )}
      {current && (
        <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
          <ImportFacts applicationId={applicationId} imported={current} />
          <DeclaredAgainstCounted checks={rosterChecks(levels, current.years)} />
          <section aria-label="花名册逐年统计">
            <Typography.Title level={5}>逐年统计（按计数规则）</Typography.Title>
            <RosterYearsTable imported={current} />
          </section>
          <SharedWorkersSection applicationId={applicationId} />
          <WorkersSection applicationId={applicationId} years={yearsInOrder(current).map((year) => year.year!)} />
        </Space>
      )}
    </Card>
  );
}

function ImportFacts({ applicationId, imported }: { applicationId: string; imported: RosterImport }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await downloadRefusals(applicationId, 'xlsx');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'file', label: '花名册文件', children: `${imported.fileLabel}（${imported.fileFormat}，${formatBytes(imported.fileSize)}）` },
        { key: 'rows', label: '导入行数', children: importSummary(imported) },
        { key: 'at', label: '导入时间', children: formatDateTime(imported.importedAt) },
        {
          key: 'sha',
          label: '文件指纹（SHA-256）',
          children: <Typography.Text code copyable={{ text: imported.fileSha256 }}>{imported.fileSha256?.slice(0, 16)}…</Typography.Text>,
        },
        ...((imported.rowsRefused ?? 0) > 0 ? [{
          key: 'refusals',
          label: '拒收清单',
          children: <Button size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>下载拒收清单</Button>,
        }] : []),
      ]}
    />
  );
}

function Support({ check }: { check: RosterCheck }) {
  if (check.supported === true) return <Typography.Text type="success">✓ 相符</Typography.Text>;
  if (check.supported === false) {
    return <Typography.Text type="danger" strong>✗ 不相符：申报 {check.declared}，花名册计入 {check.counted}</Typography.Text>;
  }
  return <Typography.Text type="secondary">待资格预审比对</Typography.Text>;
}

/** The declared figures against the roster's counts, as the pre-check compared them. */
function DeclaredAgainstCounted({ checks }: { checks: RosterCheck[] }) {
  const unsupported = unsupportedCount(checks);
  return (
    <section aria-label="申报数据与花名册比对">
      <Typography.Title level={5}>申报数据与花名册比对</Typography.Title>
      {checks.length === 0 ? (
        <Typography.Text type="secondary">资格预审尚未按花名册比对申报数据（预审完成后显示）。</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ display: 'flex' }}>
          {unsupported > 0 && <Alert type="error" showIcon title={`${unsupported} 项申报数据与花名册不相符，请重点核实。`} />}
          {unsupported === 0 && checks.every((check) => check.supported === true) && (
            <Alert type="success" showIcon title="申报数据均有花名册佐证。" />
          )}
          <Table<RosterCheck>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={checks}
            onRow={(check) => (check.supported === false ? { style: { background: '#fff1f0' } } : {})}
            columns={[
              { title: '年度', dataIndex: 'year', width: 90, render: (year?: number | null) => (year ? `${year}年` : '—') },
              { title: '指标', dataIndex: 'label' },
              { title: '申报数据', dataIndex: 'declared', width: 120 },
              { title: '花名册计入', dataIndex: 'counted', width: 120 },
              { title: '核验结果', key: 'supported', render: (_: unknown, check: RosterCheck) => <Support check={check} /> },
            ]}
          />
        </Space>
      )}
    </section>
  );
}

/** The other applications and certified brands that count some of the same workers (staff see which). */
function SharedWorkersSection({ applicationId }: { applicationId: string }) {
  const overlaps = useRosterOverlaps(applicationId);
  const districtName = useDistrictName();
  const shared = overlaps.data?.sharedWorkers ?? 0;
  return (
    <section aria-label="重复计入">
      <Typography.Title level={5}>重复计入</Typography.Title>
      <ErrorAlert error={overlaps.error} />
      {overlaps.data && (shared === 0 ? (
        <Typography.Text>未发现被其他申报或已认定品牌计入的务工人员。</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ display: 'flex' }}>
          <Alert type="warning" showIcon title={`另有 ${shared} 名务工人员被其他申报或已认定品牌计入`} />
          <Table<Overlap>
            rowKey={(overlap) => `${overlap.applicationId}`}
            size="small"
            pagination={false}
            dataSource={overlaps.data.applications}
            columns={[
              { title: '申报单位', dataIndex: 'unitName' },
              { title: '劳务品牌', dataIndex: 'brandName' },
              { title: '所在地区', dataIndex: 'district', width: 110, render: (code?: string) => districtName(code) },
              { title: '批次', dataIndex: 'campaign', width: 80 },
              {
                title: '状态',
                key: 'status',
                width: 110,
                render: (_: unknown, overlap: Overlap) => (overlap.certified
                  ? <Tag color="success">已认定</Tag>
                  : <Tag color={statusOf(overlap.status).color}>{statusOf(overlap.status).label}</Tag>),
              },
              { title: '共同人员', dataIndex: 'sharedWorkers', width: 100, align: 'right', render: (count: number) => `${count} 人` },
            ]}
          />
        </Space>
      ))}
    </section>
  );
}

/** The workers masked, a page at a time (keyset by line), by year; each may be shown in full with a reason. */
function WorkersSection({ applicationId, years }: { applicationId: string; years: number[] }) {
  const [year, setYear] = useState<number>();
  const [afters, setAfters] = useState<number[]>([0]);
  const [disclosing, setDisclosing] = useState<MaskedWorker>();
  const after = afters[afters.length - 1];
  const workers = useRosterWorkers(applicationId, year, after);
  const next = nextAfter(workers.data, WORKERS_PAGE);
  return (
    <section aria-label="务工人员名单">
      <Flex justify="space-between" align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>务工人员名单（已脱敏）</Typography.Title>
        <Select<number | undefined>
          aria-label="年度"
          value={year}
          allowClear
          placeholder="全部年度"
          style={{ width: 140 }}
          options={years.map((each) => ({ value: each, label: `${each}年度` }))}
          onChange={(value) => {
            setYear(value);
            setAfters([0]);
          }}
        />
      </Flex>
      <ErrorAlert error={workers.error} />
      <Table<MaskedWorker>
        rowKey="line"
        size="small"
        loading={workers.isFetching}
        pagination={false}
        dataSource={workers.data}
        scroll={{ x: 1100 }}
        locale={{ emptyText: '没有务工人员' }}
        columns={[
          { title: '行号', dataIndex: 'line', width: 70 },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '身份证号码', dataIndex: 'idNumber', width: 190 },
          { title: '手机号码', dataIndex: 'phone', width: 130 },
          { title: '人员类别', dataIndex: 'management', width: 90, render: (management: boolean) => (management ? '管理人员' : '务工人员') },
          {
            title: '培训',
            key: 'training',
            width: 110,
            render: (_: unknown, worker: MaskedWorker) => (worker.trained ? (worker.passed ? '已培训、合格' : '已培训、未合格') : '未参加'),
          },
          {
            title: '就业单位',
            key: 'employer',
            render: (_: unknown, worker: MaskedWorker) => (worker.employer
              ? `${worker.employer}${worker.outOfProvince ? '（省外）' : worker.employerInDalian ? '' : '（大连以外）'}`
              : '—'),
          },
          {
            title: '计入情况',
            dataIndex: 'countingLabel',
            render: (label: string, worker: MaskedWorker) => <Tag color={countingColor(worker.counting)}>{label}</Tag>,
          },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            fixed: 'right',
            render: (_: unknown, worker: MaskedWorker) => (
              <Button type="link" size="small" aria-label={`查看第 ${worker.line} 行完整信息`} onClick={() => setDisclosing(worker)}>
                查看完整信息
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'flex-end' }} aria-label="分页">
        <Typography.Text type="secondary">第 {afters.length} 页</Typography.Text>
        <Button disabled={afters.length < 2} onClick={() => setAfters(afters.slice(0, -1))}>上一页</Button>
        <Button disabled={next === undefined || workers.isPlaceholderData} onClick={() => next !== undefined && setAfters([...afters, next])}>下一页</Button>
      </Space>
      {disclosing && <DisclosureDialog applicationId={applicationId} worker={disclosing} onClose={() => setDisclosing(undefined)} />}
    </section>
  );
}
