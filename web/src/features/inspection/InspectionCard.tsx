import { useRef, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Modal, Progress, Radio, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf, ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate, formatDateTime } from '../../shared/format';
import { isAbort } from '../../shared/transfer';
import { acceptOf, fileProblem, limitText } from '../materials/materialsModel';
import { concludeInspection, downloadInspectionFile, fetchInspection, inspectionKeys, saveInspection, uploadInspectionFile } from './inspectionApi';
import {
  draftOf, FINDINGS, INSPECTION_FILES, inspectorsOf, missingForConclusion, outsideInspectionDays, SOURCES, statusTag, valuesOf,
  type Attachment, type ConclusionRequest, type Finding, type InspectionValues, type InspectionView, type ItemView,
} from './inspectionModel';

/** While the pre-check has not arrived, the record is read again this often: its criteria then join the checklist. */
const PRECHECK_POLL_MS = 5_000;
/** A conclusion is at least a sentence, as the service counts it (WrittenReason). */
const CONCLUSION_MIN = 10;
const ISO_DATE = 'YYYY-MM-DD';

/**
 * 实地查验 on a case: the district bureau fills in the record as it goes (date, inspectors, a finding for each item of
 * the checklist, photos and documents), saves it, and concludes it (查验属实 or 查验不属实); the record is then locked.
 * Everyone else who sees the case, and the bureau once it concluded, reads it.
 */
export function InspectionCard({ caseId }: { caseId: string }) {
  const inspection = useQuery({
    queryKey: inspectionKeys.of(caseId),
    queryFn: () => fetchInspection(caseId),
    // a read must never replace what the bureau is typing; another person's save is announced instead
    refetchOnWindowFocus: false,
    refetchInterval: (query) => (query.state.data?.criteriaPending && query.state.data.status !== 'CONCLUDED' ? PRECHECK_POLL_MS : false),
  });
  const view = inspection.data;
  const tag = view && statusTag(view);
  return (
    <Card loading={inspection.isLoading}>
      <Space align="baseline" wrap>
        <Typography.Title level={4} style={{ marginTop: 0 }}>实地查验</Typography.Title>
        {tag && <Tag color={tag.color}>{tag.label}</Tag>}
      </Space>
      <ErrorAlert error={inspection.error} />
      {view && (view.editable ? <InspectionForm view={view} /> : <InspectionRecord view={view} />)}
    </Card>
  );
}

function InspectionForm({ view }: { view: InspectionView }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InspectionValues>();
  const caseId = view.caseId!;
  // the version this form was loaded from or last saved as: a save on it is refused if someone saved since
  const [baseVersion, setBaseVersion] = useState(view.version!);
  const [missing, setMissing] = useState<string[]>([]);
  const [concluding, setConcluding] = useState(false);

  const keep = (saved: InspectionView) => {
    queryClient.setQueryData(inspectionKeys.of(caseId), saved);
    setBaseVersion(saved.version!);
    form.setFieldsValue(valuesOf(saved));
  };
  const fieldErrors = (error: unknown) => {
    if (error instanceof ProblemError) {
      form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field as keyof InspectionValues, errors: [text] })));
    }
  };
  const save = useMutation({
    mutationFn: (values: InspectionValues) => saveInspection(caseId, draftOf({ ...view, version: baseVersion }, values)),
    onSuccess: (saved) => {
      keep(saved);
      void message.success('查验记录已保存。');
    },
    onError: fieldErrors,
  });

  async function openConclusion() {
    try {
      await form.validateFields();
    } catch {
      return; // the fields say what is wrong
    }
    const stillMissing = missingForConclusion(view, form.getFieldsValue(true));
    setMissing(stillMissing);
    if (stillMissing.length === 0) setConcluding(true);
  }

  return (
    <>
      {view.version !== baseVersion && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title="查验记录已被他人修改"
          description="保存前请载入最新的查验记录（本页未保存的修改将被替换）。"
          action={<Button size="small" onClick={() => { form.resetFields(); form.setFieldsValue(valuesOf(view)); setBaseVersion(view.version!); }}>载入最新记录</Button>}
        />
      )}
      {view.criteriaPending && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="资格预审结果尚未生成"
          description="认定标准的核查项将在预审结果生成后列出；现在可以先核查申报材料并保存，作出查验结论须待预审结果生成。"
        />
      )}
      <Form<InspectionValues> form={form} layout="vertical" initialValues={valuesOf(view)} onFinish={(values) => save.mutate(values)}>
        <Flex gap={24} wrap>
          <Form.Item name="inspectedOn" label="查验日期" extra={`${formatDate(view.earliestInspectedOn)}（受理日）至今天`}>
            <DatePicker
              format={ISO_DATE}
              style={{ width: 200 }}
              disabledDate={(day) => outsideInspectionDays(day, view.earliestInspectedOn!)}
              // Enter confirms a typed date; it must not also send the form
              onKeyDown={(event) => { if (event.key === 'Enter') event.preventDefault(); }}
            />
          </Form.Item>
          <Form.Item
            name="inspectors"
            label="查验人员"
            extra="至少两名，输入姓名后按回车"
            rules={[{
              validator: (_, names?: string[]) => (inspectorsOf(names).some((name) => name.length > 30)
                ? Promise.reject(new Error('查验人员姓名不能超过 30 个字')) : Promise.resolve()),
            }]}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} placeholder="输入姓名后按回车"
              style={{ minWidth: 320 }} />
          </Form.Item>
        </Flex>
        <ChecklistTable items={view.items!} editable />
        <Form.Item name="attachments" label="现场照片及文件" style={{ marginTop: 16 }}>
          <AttachmentsField applicationId={view.applicationId!} />
        </Form.Item>
        <ErrorAlert error={save.error} />
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginTop: 16 }}
            title="作出查验结论前，请填写："
            description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{missing.map((what) => <li key={what}>{what}</li>)}</ul>}
          />
        )}
        <Space style={{ marginTop: 16 }}>
          <Button htmlType="submit" loading={save.isPending}>保存查验记录</Button>
          <Button type="primary" onClick={() => void openConclusion()}>作出查验结论</Button>
        </Space>
      </Form>
      {concluding && (
        <ConclusionDialog
          view={view}
          values={form.getFieldsValue(true)}
          baseVersion={baseVersion}
          onSaved={keep}
          onClose={() => setConcluding(false)}
        />
      )}
    </>
  );
}

/** The dialog's fields as the conclusion request names them; the dialog asks for both. */
type ConclusionValues = Required<Pick<ConclusionRequest, 'confirmed' | 'conclusion'>>;

/** The conclusion, confirmed in a dialog: the record as filled in is saved, then concluded and locked. */
function ConclusionDialog({ view, values, baseVersion, onSaved, onClose }: {
  view: InspectionView;
  values: InspectionValues;
  baseVersion: number;
  onSaved: (saved: InspectionView) => void;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ConclusionValues>();
  const caseId = view.caseId!;
  const conclude = useMutation({
    mutationFn: async (decision: ConclusionValues) => {
      const saved = await saveInspection(caseId, draftOf({ ...view, version: baseVersion }, values));
      onSaved(saved);
      return concludeInspection(caseId, { version: saved.version!, confirmed: decision.confirmed, conclusion: decision.conclusion.trim() });
    },
    onSuccess: (concluded) => {
      queryClient.setQueryData(inspectionKeys.of(caseId), concluded);
      // the case's own page may say what the conclusion allows now
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'case', caseId], exact: true });
      void message.success(`已作出查验结论：${concluded.conclusion?.label ?? ''}。`);
      onClose();
    },
  });
  return (
    <Modal
      open
      title="作出查验结论"
      okText="确认作出结论"
      cancelText="取消"
      okButtonProps={{ loading: conclude.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="作出结论后，查验记录将锁定，不能再修改。" />
      <Form<ConclusionValues> form={form} layout="vertical" onFinish={(decision) => conclude.mutate(decision)}>
        <Form.Item name="confirmed" label="查验结论" rules={[{ required: true, message: '请选择查验属实或查验不属实' }]}>
          <Radio.Group options={[{ value: true, label: '查验属实' }, { value: false, label: '查验不属实' }]} />
        </Form.Item>
        <Form.Item
          name="conclusion"
          label="结论意见"
          rules={[
            { required: true, whitespace: true, message: '请写明查验结论' },
            { validator: (_, text?: string) => ((text?.trim().length ?? 0) >= CONCLUSION_MIN ? Promise.resolve()
              : Promise.reject(new Error(`请写明查验结论（至少 ${CONCLUSION_MIN} 个字，一句完整的话）`))) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="例如：经实地查验，营业执照原件、培训场地及培训记录与申报材料一致，查验属实。" />
        </Form.Item>
      </Form>
      <ErrorAlert error={conclude.error} />
    </Modal>
  );
}

/** The record as it stands, for those who read it: the city's staff, and the bureau once it concluded or the case moved on. */
function InspectionRecord({ view }: { view: InspectionView }) {
  if (view.status === 'NOT_STARTED') {
    return <Typography.Paragraph type="secondary">区人社部门尚未填写实地查验记录。</Typography.Paragraph>;
  }
  const conclusion = view.conclusion;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {conclusion && (
        <Alert
          type={conclusion.confirmed ? 'success' : 'error'}
          showIcon
          title={`查验结论：${conclusion.label}`}
          description={<>{conclusion.text}<br /><Typography.Text type="secondary">{conclusion.concludedBy} · {formatDateTime(conclusion.concludedAt)}</Typography.Text></>}
        />
      )}
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'on', label: '查验日期', children: formatDate(view.inspectedOn) },
          { key: 'inspectors', label: '查验人员', children: view.inspectors!.join('、') || '—' },
          { key: 'saved', label: '最后保存', children: `${view.savedBy ?? '—'} · ${formatDateTime(view.savedAt)}` },
        ]}
      />
      <ChecklistTable items={view.items!} editable={false} />
      <AttachmentList applicationId={view.applicationId!} attachments={view.attachments!} />
    </Space>
  );
}

/** The checklist: what each item is, what to verify, and the finding (chosen here while the record is being filled in). */
function ChecklistTable({ items, editable }: { items: ItemView[]; editable: boolean }) {
  return (
    <Table<ItemView>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={items}
      columns={[
        {
          title: '核查项',
          key: 'label',
          width: 240,
          render: (_: unknown, item) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{item.label}</Typography.Text>
              <Tag>{SOURCES[item.source!]}</Tag>
            </Space>
          ),
        },
        { title: '核查内容', dataIndex: 'toVerify' },
        {
          title: '核查结果',
          key: 'finding',
          width: 150,
          render: (_: unknown, item) => (editable ? (
            <Form.Item name={['findings', item.key!, 'finding']} style={{ marginBottom: 0 }}>
              <Select<Finding>
                aria-label={`${item.label}的核查结果`}
                placeholder="请选择"
                allowClear
                options={(Object.keys(FINDINGS) as Finding[]).map((finding) => ({ value: finding, label: FINDINGS[finding].label }))}
              />
            </Form.Item>
          ) : item.finding ? <Tag color={FINDINGS[item.finding].color}>{FINDINGS[item.finding].label}</Tag> : <Typography.Text type="secondary">未核查</Typography.Text>),
        },
        {
          title: '说明',
          key: 'note',
          width: 300,
          render: (_: unknown, item) => (editable ? (
            <Form.Item
              name={['findings', item.key!, 'note']}
              dependencies={[['findings', item.key!, 'finding']]}
              style={{ marginBottom: 0 }}
              rules={[({ getFieldValue }) => ({
                validator: (_rule, note?: string) => (getFieldValue(['findings', item.key!, 'finding']) === 'DISCREPANCY' && !note?.trim()
                  ? Promise.reject(new Error('存在出入的，请写明出入情况')) : Promise.resolve()),
              })]}
            >
              <Input.TextArea aria-label={`${item.label}的说明`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
            </Form.Item>
          ) : (item.note ?? '')),
        },
      ]}
    />
  );
}

type Sending = { file: string; percent: number } | undefined;

/**
 * The photos and documents of the record, as a form field: each is uploaded to the application's inspection files at
 * once (with its progress) and joins the record when it is saved; removing one takes it off the record.
 */
function AttachmentsField({ applicationId, value = [], onChange }: {
  applicationId: string;
  value?: Attachment[];
  onChange?: (attachments: Attachment[]) => void;
}) {
  const { message } = App.useApp();
  const [sending, setSending] = useState<Sending>();
  const [failure, setFailure] = useState<unknown>();
  const [refusal, setRefusal] = useState<string>();
  const abort = useRef<AbortController>(null);

  async function send(file: File) {
    setFailure(undefined);
    const problem = fileProblem(file, INSPECTION_FILES);
    setRefusal(problem);
    if (problem) return;
    abort.current = new AbortController();
    setSending({ file: file.name, percent: 0 });
    try {
      const uploaded = await uploadInspectionFile(applicationId, file, (percent) => setSending({ file: file.name, percent }), abort.current.signal);
      onChange?.([...value, { fileId: uploaded.id!, name: uploaded.label ?? file.name }]);
      void message.success(`已上传：${file.name}，保存查验记录后计入记录。`);
    } catch (error) {
      if (!isAbort(error)) setFailure(error);
    } finally {
      setSending(undefined);
    }
  }

  return (
    <div>
      <Space wrap align="center">
        <Upload accept={acceptOf(INSPECTION_FILES)} showUploadList={false} disabled={sending !== undefined}
          beforeUpload={(file) => { void send(file); return false; }}>
          <Button icon={<UploadOutlined />} disabled={sending !== undefined}>上传照片或文件</Button>
        </Upload>
        <Typography.Text type="secondary">{limitText(INSPECTION_FILES)}</Typography.Text>
      </Space>
      {sending && (
        <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
          <Typography.Text>{sending.percent < 100 ? `正在上传 ${sending.file}…` : `${sending.file} 已上传，正在检查文件…`}</Typography.Text>
          <Flex gap={12} align="center">
            <Progress percent={sending.percent} status="active" aria-label="照片或文件上传进度" style={{ flex: 1 }} />
            {sending.percent < 100 && <Button size="small" onClick={() => abort.current?.abort()}>取消</Button>}
          </Flex>
        </div>
      )}
      {refusal && <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title="文件未上传" description={refusal} />}
      {failure !== undefined && <div style={{ marginTop: 8 }}><ErrorAlert error={failure} title="文件未上传" /></div>}
      <AttachmentList applicationId={applicationId} attachments={value}
        onRemove={onChange && ((removed) => onChange(value.filter((attachment) => attachment.fileId !== removed.fileId)))} />
    </div>
  );
}

function AttachmentList({ applicationId, attachments, onRemove }: {
  applicationId: string;
  attachments: Attachment[];
  onRemove?: (attachment: Attachment) => void;
}) {
  if (attachments.length === 0) {
    return onRemove ? null : <Typography.Text type="secondary">无现场照片及文件</Typography.Text>;
  }
  return (
    <ul aria-label="现场照片及文件" style={{ listStyle: 'none', paddingInlineStart: 0, margin: '8px 0 0' }}>
      {attachments.map((attachment) => (
        <li key={attachment.fileId} style={{ padding: '4px 0' }}>
          <Space wrap>
            <PaperClipOutlined aria-hidden />
            <DownloadButton applicationId={applicationId} attachment={attachment} />
            {onRemove && <Button size="small" type="link" danger onClick={() => onRemove(attachment)} aria-label={`移除 ${attachment.name}`}>移除</Button>}
          </Space>
        </li>
      ))}
    </ul>
  );
}

function DownloadButton({ applicationId, attachment }: { applicationId: string; attachment: Attachment }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await downloadInspectionFile(applicationId, attachment);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button type="link" size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}
      aria-label={`下载 ${attachment.name}`} style={{ paddingInline: 0 }}>
      {attachment.name}
    </Button>
  );
}

