import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Flex, List, Popconfirm, Progress, Space, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { messageOf } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { formatBytes, isAbort } from '../../shared/transfer';
import { statusOf } from '../../shared/vocabulary';
import { useApplication } from '../applications/applicationQueries';
import { acceptOf, fileProblem, limitText, missingMaterials, type Material, type MaterialFile } from './materialsModel';
import { deleteMaterial, downloadMaterial, materialsKeys, uploadMaterial, useMaterials } from './materialsQueries';

/**
 * 申报材料 of one application, for the unit: every kind its campaign asks for, 必需 or 可选 and why, what may be
 * uploaded and how large, the files handed in (download, delete) and the upload of each kind with its progress.
 */
export function MaterialsPage() {
  const id = useParams().id!;
  const application = useApplication(id);
  const materials = useMaterials(id);

  if (application.error || materials.error) {
    return <Card><ErrorAlert error={application.error ?? materials.error} /></Card>;
  }
  if (!application.data || !materials.data) {
    return <Card loading />;
  }
  const view = materials.data;
  const status = statusOf(application.data.status);
  const missing = missingMaterials(view);
  return (
    <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
      <Card>
        <Flex justify="space-between" align="baseline" wrap>
          <Space align="baseline" wrap>
            <Typography.Title level={3} style={{ marginTop: 0 }}>申报材料</Typography.Title>
            <Typography.Text type="secondary">{application.data.brandName}</Typography.Text>
            <Tag color={status.color}>{status.label}</Tag>
          </Space>
          <Space>
            {view.changeable && application.data.status === 'DRAFT' && <Link to={`/applications/${id}/edit`}>返回填写申报书</Link>}
            <Link to={`/applications/${id}`}>查看申报书</Link>
          </Space>
        </Flex>
        {view.complete
          ? <Alert type="success" showIcon role="status" title="必需材料已齐全。" />
          : (
            <Alert
              type="warning"
              showIcon
              role="status"
              title={`尚缺 ${missing.length} 项必需材料，齐全后方可提交申报`}
              description={missing.map((material) => material.label).join('；')}
            />
          )}
        {!view.changeable && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 16 }}
            title="申报书已提交，材料不能再上传或删除"
            description="区人社部门要求补充材料时，可在补充期间修改。"
          />
        )}
      </Card>
      <Card title="材料清单" size="small">
        <List
          itemLayout="vertical"
          dataSource={view.materials}
          rowKey="kind"
          renderItem={(material) => (
            <MaterialItem key={material.kind} applicationId={id} material={material} changeable={view.changeable === true} />
          )}
        />
      </Card>
    </Space>
  );
}

type Sending = { file: string; percent: number } | undefined;

function MaterialItem({ applicationId, material, changeable }: { applicationId: string; material: Material; changeable: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState<Sending>();
  const [failure, setFailure] = useState<unknown>();
  // a file refused before sending (empty, too large)
  const [refusal, setRefusal] = useState<string>();
  const abort = useRef<AbortController>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: materialsKeys.view(applicationId) });

  async function send(file: File) {
    setFailure(undefined);
    const problem = fileProblem(file, material);
    setRefusal(problem);
    if (problem) return;
    abort.current = new AbortController();
    setSending({ file: file.name, percent: 0 });
    try {
      await uploadMaterial(applicationId, material.kind!, file, (percent) => setSending({ file: file.name, percent }), abort.current.signal);
      message.success(`已上传：${file.name}`);
      await refresh();
      void queryClient.invalidateQueries({ queryKey: ['applications', 'checks', applicationId] });
    } catch (error) {
      if (!isAbort(error)) setFailure(error);
    } finally {
      setSending(undefined);
    }
  }

  const title = (
    <Space wrap>
      <Typography.Text strong>{material.label}</Typography.Text>
      {material.mandatory ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
      {material.mandatory && (material.missing ? <Tag color="warning">未上传</Tag> : <Tag color="success">已上传</Tag>)}
    </Space>
  );
  return (
    <List.Item>
      <section aria-label={material.label}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <div>
            {title}
            <div><Typography.Text type="secondary">{material.reason}</Typography.Text></div>
            <div><Typography.Text type="secondary">格式：{limitText(material)}</Typography.Text></div>
          </div>
          {material.onlyThroughRosterImport ? (
            <Link to={`/applications/${applicationId}/roster`}>前往导入花名册</Link>
          ) : changeable && (
            <Upload
              accept={acceptOf(material)}
              showUploadList={false}
              disabled={sending !== undefined}
              beforeUpload={(file) => {
                void send(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} disabled={sending !== undefined} aria-label={`上传${material.label}`}>上传文件</Button>
            </Upload>
          )}
        </Flex>
        {sending && (
          <div role="status" aria-live="polite" style={{ marginTop: 8 }}>
            <Typography.Text>{sending.percent < 100 ? `正在上传 ${sending.file}…` : `${sending.file} 已上传，正在检查文件…`}</Typography.Text>
            <Flex gap={12} align="center">
              <Progress percent={sending.percent} status="active" aria-label={`${material.label}上传进度`} style={{ flex: 1 }} />
              {sending.percent < 100 && <Button size="small" onClick={() => abort.current?.abort()}>取消</Button>}
            </Flex>
          </div>
        )}
        {refusal && <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title="文件未上传" description={refusal} />}
        {failure !== undefined && <div style={{ marginTop: 8 }}><ErrorAlert error={failure} title="文件未上传" /></div>}
        {(material.files?.length ?? 0) > 0 && (
          <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '8px 0 0' }} aria-label={`${material.label}已上传文件`}>
            {material.files!.map((file) => (
              // the roster is replaced by importing it again, never deleted on its own
              <FileRow key={file.id} applicationId={applicationId} file={file} changeable={changeable && !material.onlyThroughRosterImport}
                onDeleted={() => void refresh()} />
            ))}
          </ul>
        )}
      </section>
    </List.Item>
  );
}

function FileRow({ applicationId, file, changeable, onDeleted }: {
  applicationId: string;
  file: MaterialFile;
  changeable: boolean;
  onDeleted: () => void;
}) {
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteMaterial(applicationId, file.id!),
    onSuccess: () => {
      message.success(`已删除：${file.label}`);
      onDeleted();
    },
    onError: (error) => message.error(messageOf(error)),
  });
  async function download() {
    setDownloading(true);
    try {
      await downloadMaterial(applicationId, file);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setDownloading(false);
    }
  }
  return (
    <li style={{ padding: '4px 0' }}>
      <Space wrap>
        <PaperClipOutlined aria-hidden />
        <Typography.Text>{file.label}</Typography.Text>
        <Typography.Text type="secondary">{formatBytes(file.sizeBytes)} · {formatDateTime(file.uploadedAt)}</Typography.Text>
        <Button size="small" type="link" icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}
          aria-label={`下载 ${file.label}`}>
          下载
        </Button>
        {changeable && (
          <Popconfirm title={`删除 ${file.label}？`} okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => remove.mutate()}>
            <Button size="small" type="link" danger icon={<DeleteOutlined />} loading={remove.isPending} aria-label={`删除 ${file.label}`}>删除</Button>
          </Popconfirm>
        )}
      </Space>
    </li>
  );
}
