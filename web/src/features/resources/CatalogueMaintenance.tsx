import { App, Button, Card, Flex, Form, Input, Modal, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { createCatalogueEntry, fetchCatalogue, resourceKeys, reviseCatalogueEntry, type CatalogueEntry, type NewCatalogueEntry } from './resourcesApi';

/** 行业指导目录: the city's industry guidance catalogue (分行业劳务品牌建设指导目录), kept and revised by the city. */
export function CatalogueMaintenance() {
  const catalogue = useQuery({ queryKey: resourceKeys.catalogue, queryFn: fetchCatalogue });
  const [editing, setEditing] = useState<CatalogueEntry | 'new' | undefined>();
  return (
    <Card>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>行业指导目录</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>新增条目</Button>
      </Flex>
      <Typography.Paragraph type="secondary">
        分行业劳务品牌建设指导目录。条目编码为“门类-大类-序号”（国民经济行业分类 GB/T 4754-2017），劳务品牌按目录归类；不再鼓励的条目停用，已归类的品牌保留原条目。
      </Typography.Paragraph>
      <ErrorAlert error={catalogue.error} />
      <Table<CatalogueEntry>
        rowKey="code"
        loading={catalogue.isLoading}
        dataSource={catalogue.data}
        pagination={false}
        locale={{ emptyText: '指导目录暂无条目' }}
        columns={[
          { title: '编码', dataIndex: 'code' },
          { title: '名称', dataIndex: 'name' },
          { title: '行业', key: 'industry', render: (_: unknown, entry) => `${entry.industrySection} ${entry.industrySectionName ?? ''} / ${entry.industryDivision} ${entry.industryDivisionName ?? ''}` },
          { title: '建设指导', dataIndex: 'guidance', ellipsis: true },
          { title: '状态', dataIndex: 'active', render: (active: boolean) => (active ? <Tag color="success">启用</Tag> : <Tag>停用</Tag>) },
          { title: '操作', key: 'edit', render: (_: unknown, entry) => <Button size="small" onClick={() => setEditing(entry)} aria-label={`修改 ${entry.code} ${entry.name}`}>修改</Button> },
        ]}
      />
      {editing && <CatalogueEntryDialog entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
    </Card>
  );
}

export function CatalogueEntryDialog({ entry, onClose }: { entry?: CatalogueEntry; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewCatalogueEntry>();
  const save = useMutation({
    mutationFn: (values: NewCatalogueEntry) => {
      const body = { name: values.name.trim(), guidance: values.guidance.trim(), active: values.active };
      return entry ? reviseCatalogueEntry(entry.code, body) : createCatalogueEntry({ code: values.code.trim().toUpperCase(), ...body });
    },
    onSuccess: (saved) => {
      void message.success(`指导目录条目 ${saved.code} ${saved.name} 已保存。`);
      onClose();
      return queryClient.invalidateQueries({ queryKey: resourceKeys.catalogue });
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field as keyof NewCatalogueEntry, errors: [text] })));
      }
    },
  });
  return (
    <Modal open title={entry ? `修改指导目录条目 ${entry.code}` : '新增指导目录条目'} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<NewCatalogueEntry> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}
        initialValues={entry ? { code: entry.code, name: entry.name, guidance: entry.guidance, active: entry.active } : { active: true }}>
        <Form.Item name="code" label="目录编码" extra="门类字母-两位大类代码-两位序号，如 O-80-01"
          rules={[{ required: true, message: '请填写目录编码' }, { pattern: /^[A-Ta-t]-\d{2}-\d{2}$/, message: '目录编码应为“门类-大类-序号”，如 O-80-01。' }]}>
          <Input disabled={Boolean(entry)} style={{ maxWidth: 200 }} />
        </Form.Item>
        <Form.Item name="name" label="条目名称" rules={[{ required: true, whitespace: true, message: '请填写条目名称' }, { max: 50, message: '条目名称不超过 50 字。' }]}>
          <Input placeholder="如：家政服务" />
        </Form.Item>
        <Form.Item name="guidance" label="建设指导" rules={[{ required: true, whitespace: true, message: '请填写建设指导内容' }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
        <ErrorAlert error={save.error} />
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 8 }}>保存条目</Button>
      </Form>
    </Modal>
  );
}
