import { useRef, useState } from 'react';
import {
  Alert, App, Button, Card, Descriptions, Flex, Progress, Select, Space, Table, Tag, Typography, Upload,
} from 'antd';
import { CloudUploadOutlined, DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { formatBytes, isAbort } from '../../shared/transfer';
import { statusOf } from '../../shared/vocabulary';
import { useApplication } from '../applications/applicationQueries';
import {
  cleanEmployers, importSummary, OWN_UNIT, ROSTER_ACCEPT, rosterEditable, type ImportAnswer, type RosterImport, type RowRefusal,
} from './rosterModel';
import {
  downloadRefusals, downloadTemplate, importRoster, rosterKeys, saveEmployers, useRoster, useRosterOverlaps, type SheetFormat,
} from './rosterQueries';
import { RosterYearsTable } from './RosterYearsTable';

/**
 * 务工人员花名册 of one application, for the unit: the template, the employers it names for organised output, the
 * import with its progress, and what the import took and refused, year by year under the counting rules.
 */
export function RosterPage() {
  const id = useParams().id!;
  const application = useApplication(id);
  const roster = useRoster(id);

  if (application.error || roster.error) {
    return <Card><ErrorAlert error={application.error ?? roster.error} /></Card>;
  }
  if (!application.data || !roster.data) {
    return <Card loading />;
  }
  const view = application.data;
  const editable = rosterEditable(view.status);
  const status = statusOf(view.status);
  return (
    <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
      <Card>
        <Flex justify="space-between" align="baseline" wrap>
          <Space align="baseline" wrap>
            <Typography.Title level={3} style={{ marginTop: 0 }}>务工人员花名册</Typography.Title>
            <Typography.Text type="secondary">{view.brandName}</Typography.Text>
            <Tag color={status.color}>{status.label}</Tag>
          </Space>
          <Space>
            {editable && <Link to={`/applications/${id}/edit`}>返回填写申报书</Link>}
            <Link to={`/applications/${id}`}>查看申报书</Link>
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          花名册逐行列出各年度的务工人员，平台按认定标准的计数规则统计培训、合格和就业人数，作为申报数据的依据：
          经营管理人员不计入；省外输出须有劳动（派遣）合同和省外社保缴纳证明；须服务大连用工单位或为大连户籍。
          自主吸纳的人员，就业单位填“{OWN_UNIT}”；有组织输出的人员，就业单位须先登记在下方的用工单位名单中。
        </Typography.Paragraph>
        {!editable && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="申报书已提交，花名册不能再导入或修改"
            description="区人社部门要求补充材料时，可重新导入。"
          />
        )}
      </Card>
      {editable && <TemplateCard />}
      <EmployersCard applicationId={id} employers={roster.data.employers ?? []} editable={editable} />
      <ImportCard applicationId={id} current={roster.data.current} editable={editable} />
    </Space>
  );
}

function useDownload() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  async function run(key: string, download: () => Promise<void>) {
    setBusy(key);
    try {
      await download();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败，请稍后再试。');
    } finally {
      setBusy(undefined);
    }
  }
  return { busy, run };
}

function TemplateCard() {
  const { busy, run } = useDownload();
  const button = (format: SheetFormat) => (
    <Button icon={<DownloadOutlined />} loading={busy === format} onClick={() => void run(format, () => downloadTemplate(format))}>
      下载模板（{format.toUpperCase()}）
    </Button>
  );
  return (
    <Card title="第一步：下载花名册模板" size="small">
      <Space orientation="vertical" style={{ display: 'flex' }}>
        <Typography.Text>
          按模板逐行填写：姓名、身份证号码、手机号码、年度、人员类别（务工人员/管理人员）、是否参加特色培训、培训是否合格，
          以及就业单位、是否在大连、是否省外输出和合同、社保证明编号。身份证号码请以文本格式填写，保留 18 位。
        </Typography.Text>
        <Space wrap>{button('xlsx')}{button('csv')}</Space>
      </Space>
    </Card>
  );
}

function EmployersCard({ applicationId, employers, editable }: { applicationId: string; employers: string[]; editable: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [names, setNames] = useState<string[]>(employers);
  const changed = JSON.stringify(cleanEmployers(names)) !== JSON.stringify(employers);
  const save = useMutation({
    mutationFn: () => saveEmployers(applicationId, cleanEmployers(names)),
    onSuccess: (saved) => {
      setNames(saved);
      queryClient.setQueryData(rosterKeys.view(applicationId), (old: { employers?: string[] } | undefined) => ({ ...old, employers: saved }));
      message.success('用工单位名单已保存，请重新导入花名册以按新名单校验');
    },
  });
  return (
    <Card title={editable ? '第二步：登记有组织输出的用工单位' : '有组织输出的用工单位'} size="small">
      <Space orientation="vertical" style={{ display: 'flex' }}>
        <Typography.Text type="secondary">
          花名册中“就业单位”填写的单位须在此名单中，否则该行拒收；自主吸纳填“{OWN_UNIT}”，无需登记。
          修改名单后请重新导入花名册。
        </Typography.Text>
        {editable ? (
          <>
            <Select
              mode="tags"
              aria-label="用工单位名单"
              value={names}
              onChange={setNames}
              tokenSeparators={[',', '，', '、', ';', '；']}
              placeholder="输入用工单位全称后按回车，可输入多家"
              notFoundContent={null}
              style={{ width: '100%' }}
              maxCount={500}
            />
            <ErrorAlert error={save.error} title="用工单位名单未能保存" />
            <div>
              <Button type="primary" icon={<SaveOutlined />} disabled={!changed} loading={save.isPending} onClick={() => save.mutate()}>
                保存用工单位名单
              </Button>
            </div>
          </>
        ) : (
          employers.length ? <Space wrap>{employers.map((name) => <Tag key={name}>{name}</Tag>)}</Space> : <Typography.Text>未登记</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

type UploadState = { kind: 'idle' } | { kind: 'sending'; file: string; percent: number } | { kind: 'failed'; error: unknown; refusals?: RowRefusal[] };

/** The refused rows a problem carries (ROSTER_NO_VALID_ROW lists the first of them). */
function refusalsOf(error: unknown): RowRefusal[] | undefined {
  return error instanceof ProblemError && Array.isArray(error.problem.refusals) ? (error.problem.refusals as RowRefusal[]) : undefined;
}

function ImportCard({ applicationId, current, editable }: { applicationId: string; current?: RosterImport | null; editable: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<UploadState>({ kind: 'idle' });
  const [answer, setAnswer] = useState<ImportAnswer>();
  const abort = useRef<AbortController>(null);
  const { busy, run } = useDownload();

  async function send(file: File) {
    abort.current = new AbortController();
    setUpload({ kind: 'sending', file: file.name, percent: 0 });
    try {
      const imported = await importRoster(applicationId, file,
        (percent) => setUpload((state) => (state.kind === 'sending' ? { ...state, percent } : state)), abort.current.signal);
      setAnswer(imported);
      setUpload({ kind: 'idle' });
      queryClient.setQueryData(rosterKeys.view(applicationId), (old: object | undefined) => ({ ...old, current: imported.imported }));
      void queryClient.invalidateQueries({ queryKey: rosterKeys.all(applicationId) });
      void queryClient.invalidateQueries({ queryKey: ['applications', 'checks', applicationId] });
      message.success(`花名册已导入：${importSummary(imported.imported!)}`);
    } catch (error) {
      if (isAbort(error)) {
        setUpload({ kind: 'idle' });
        message.info('已取消上传');
      } else {
        setUpload({ kind: 'failed', error, refusals: refusalsOf(error) });
      }
    }
  }

  const sending = upload.kind === 'sending';
  const shown = answer?.imported?.id === current?.id ? answer : undefined;
  const refusals = upload.kind === 'failed' ? upload.refusals : shown?.refusals;
  return (
    <Card title={editable ? '第三步：导入花名册' : '导入结果'} size="small">
      <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
        {editable && (
          <section aria-label="上传花名册">
            <Upload.Dragger
              accept={ROSTER_ACCEPT}
              multiple={false}
              showUploadList={false}
              disabled={sending}
              beforeUpload={(file) => {
                void send(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon"><CloudUploadOutlined /></p>
              <p className="ant-upload-text">点击或将花名册文件拖到此处上传</p>
              <p className="ant-upload-hint">支持 XLSX 或 CSV（UTF-8 或 GBK 编码）；重新导入将替换当前花名册。</p>
            </Upload.Dragger>
            {sending && (
              <div role="status" aria-live="polite" style={{ marginTop: 12 }}>
                <Typography.Text>
                  {upload.percent < 100 ? `正在上传 ${upload.file}…` : `${upload.file} 已上传，正在逐行校验…`}
                </Typography.Text>
                <Flex gap={12} align="center">
                  <Progress percent={upload.percent} status="active" aria-label="上传进度" style={{ flex: 1 }} />
                  {upload.percent < 100 && <Button size="small" onClick={() => abort.current?.abort()}>取消</Button>}
                </Flex>
              </div>
            )}
          </section>
        )}
        {upload.kind === 'failed' && <ErrorAlert error={upload.error} title="花名册未导入" />}
        {current ? <ImportResult imported={current} /> : (
          upload.kind !== 'failed' && <Alert type="info" showIcon title="尚未导入花名册" />
        )}
        {refusals && refusals.length > 0 && (
          <section aria-label="拒收行">
            <Typography.Title level={5}>
              拒收行{shown && (shown.imported?.rowsRefused ?? 0) > refusals.length
                ? `（显示前 ${refusals.length} 行，共 ${shown.imported?.rowsRefused} 行）` : ''}
            </Typography.Title>
            <RefusalTable refusals={refusals} />
          </section>
        )}
        {current && (current.rowsRefused ?? 0) > 0 && (
          <Space wrap>
            <Typography.Text>共拒收 {current.rowsRefused} 行，可下载拒收清单逐行修改后重新导入：</Typography.Text>
            {(['xlsx', 'csv'] as const).map((format) => (
              <Button
                key={format}
                icon={<DownloadOutlined />}
                loading={busy === format}
                onClick={() => void run(format, () => downloadRefusals(applicationId, format))}
              >
                下载拒收清单（{format.toUpperCase()}）
              </Button>
            ))}
          </Space>
        )}
        <SharedWorkers applicationId={applicationId} enabled={current != null} />
      </Space>
    </Card>
  );
}

/** What the current import took: the file, the rows and each year's counts. */
export function ImportResult({ imported }: { imported: RosterImport }) {
  return (
    <section aria-label="导入结果">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'file', label: '文件', children: `${imported.fileLabel}（${imported.fileFormat}，${formatBytes(imported.fileSize)}）` },
          { key: 'taken', label: '接收行数', children: `${imported.rowsTaken} 行` },
          { key: 'refused', label: '拒收行数', children: `${imported.rowsRefused} 行` },
          { key: 'at', label: '导入时间', children: formatDateTime(imported.importedAt) },
          { key: 'output', label: '输出方式', children: outputText(imported) },
        ]}
      />
      <RosterYearsTable imported={imported} />
    </section>
  );
}

function outputText(imported: RosterImport): string {
  const kinds = [imported.organisedOutput && '有组织输出', imported.outOfProvinceOutput && '省外输出'].filter(Boolean);
  return kinds.length ? `含${kinds.join('、')}` : '仅自主吸纳';
}

export function RefusalTable({ refusals }: { refusals: RowRefusal[] }) {
  return (
    <Table<RowRefusal>
      rowKey={(refusal) => `${refusal.line}-${refusal.column ?? ''}`}
      size="small"
      dataSource={refusals}
      pagination={refusals.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { title: '行号', dataIndex: 'line', width: 80, render: (line: number) => `第 ${line} 行` },
        { title: '列', dataIndex: 'column', width: 180, render: (column?: string | null) => column ?? '整行' },
        { title: '拒收原因', dataIndex: 'reason' },
        { title: '姓名', dataIndex: 'maskedName', width: 100, render: (name?: string | null) => name ?? '—' },
        { title: '身份证号码', dataIndex: 'maskedIdNumber', width: 200, render: (id?: string | null) => id ?? '—' },
      ]}
    />
  );
}

/** How many of the roster's workers other applications or certified brands count too (the unit learns the number only). */
function SharedWorkers({ applicationId, enabled }: { applicationId: string; enabled: boolean }) {
  const overlaps = useRosterOverlaps(applicationId, enabled);
  const shared = overlaps.data?.sharedWorkers ?? 0;
  if (!enabled || shared === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={`花名册中有 ${shared} 名务工人员同时被其他申报或已认定的劳务品牌计入`}
      description="同一务工人员重复计入的，评审时将予以核实。"
    />
  );
}
