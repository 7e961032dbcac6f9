import { useState } from 'react';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { messageOf } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { formatBytes } from '../../shared/transfer';
import { missingMaterials, type Material, type MaterialFile } from './materialsModel';
import { downloadMaterial, useMaterials } from './materialsQueries';

/** 申报材料 on a case: each kind the application was asked for, whether it was mandatory, and its files to download. */
export function MaterialsReviewCard({ applicationId }: { applicationId: string }) {
  const materials = useMaterials(applicationId);
  const missing = missingMaterials(materials.data);
  return (
    <Card loading={materials.isLoading}>
      <Space align="baseline" wrap>
        <Typography.Title level={4} style={{ marginTop: 0 }}>申报材料</Typography.Title>
        {materials.data && (materials.data.complete
          ? <Tag color="success">必需材料齐全</Tag>
          : <Tag color="error">缺 {missing.length} 项必需材料</Tag>)}
      </Space>
      <ErrorAlert error={materials.error} />
      {materials.data && (
        <Table<Material>
          rowKey={(material) => material.kind!}
          size="small"
          pagination={false}
          dataSource={materials.data.materials}
          columns={[
            { title: '材料', dataIndex: 'label', width: 260 },
            {
              title: '要求',
              key: 'mandatory',
              width: 260,
              render: (_: unknown, material: Material) => (
                <Space orientation="vertical" size={0}>
                  {material.mandatory ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
                  <Typography.Text type="secondary">{material.reason}</Typography.Text>
                </Space>
              ),
            },
            {
              title: '已提交文件',
              key: 'files',
              render: (_: unknown, material: Material) => (material.files?.length
                ? (
                  <Space orientation="vertical" size={0}>
                    {material.files.map((file) => <FileLink key={file.id} applicationId={applicationId} file={file} />)}
                  </Space>
                )
                : <Typography.Text type={material.missing ? 'danger' : 'secondary'}>{material.missing ? '未提交' : '无'}</Typography.Text>),
            },
          ]}
        />
      )}
    </Card>
  );
}

function FileLink({ applicationId, file }: { applicationId: string; file: MaterialFile }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      await downloadMaterial(applicationId, file);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Space wrap size={4}>
      <Button type="link" size="small" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}
        aria-label={`下载 ${file.label}`} style={{ paddingInline: 0 }}>
        {file.label}
      </Button>
      <Typography.Text type="secondary">{formatBytes(file.sizeBytes)} · {formatDateTime(file.uploadedAt)}</Typography.Text>
    </Space>
  );
}
