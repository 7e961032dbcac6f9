import { App, Button, Card, Form, Input, Select } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { classifyBrand, fetchCatalogue, fetchIndustries, resourceKeys, type ClassificationRequest, type ResourceProfile } from './resourcesApi';
import { divisionsOf, entriesFor } from './resourcesModel';

interface ClassificationValues { industrySection?: string; industryDivision?: string; catalogueEntry?: string; sector?: string }

/** 品牌归类: a reviewer places the brand in GB/T 4754-2017 (section, division) and against the guidance catalogue. */
export function ClassificationForm({ brandId, profile }: { brandId: string; profile: ResourceProfile }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ClassificationValues>();
  const section = Form.useWatch('industrySection', form);
  const division = Form.useWatch('industryDivision', form);
  const industries = useQuery({ queryKey: resourceKeys.industries, queryFn: fetchIndustries, staleTime: Infinity });
  const catalogue = useQuery({ queryKey: resourceKeys.catalogue, queryFn: fetchCatalogue });
  const entries = entriesFor(catalogue.data, section, division, profile.catalogueEntry);
  const classify = useMutation({
    mutationFn: (values: ClassificationValues) => {
      const body: ClassificationRequest = {
        industrySection: values.industrySection!, industryDivision: values.industryDivision!, sector: values.sector!.trim(),
        catalogueEntry: values.catalogueEntry,
      };
      return classifyBrand(brandId, body);
    },
    onSuccess: (updated) => {
      void message.success('品牌归类已保存。');
      queryClient.setQueryData(resourceKeys.of(brandId), updated);
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field as keyof ClassificationValues, errors: [text] })));
      }
    },
  });

  return (
    <Card title="品牌归类">
      <Form<ClassificationValues> form={form} layout="vertical" style={{ maxWidth: 720 }}
        initialValues={{
          industrySection: profile.industrySection ?? undefined, industryDivision: profile.industryDivision ?? undefined,
          catalogueEntry: profile.catalogueEntry ?? undefined, sector: profile.sector ?? undefined,
        }}
        onFinish={(values) => classify.mutate(values)}>
        <ErrorAlert error={industries.error ?? catalogue.error} />
        <Form.Item name="industrySection" label="行业门类（GB/T 4754-2017）" rules={[{ required: true, message: '请选择行业门类' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={industries.isLoading}
            options={(industries.data ?? []).map((option) => ({ value: option.code, label: `${option.code} ${option.name}` }))}
            onChange={() => form.setFieldsValue({ industryDivision: undefined, catalogueEntry: undefined })} />
        </Form.Item>
        <Form.Item name="industryDivision" label="行业大类" rules={[{ required: true, message: '请选择行业大类' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} disabled={!section}
            options={divisionsOf(industries.data, section).map((option) => ({ value: option.code, label: `${option.code} ${option.name}` }))}
            onChange={() => form.setFieldsValue({ catalogueEntry: undefined })} />
        </Form.Item>
        <Form.Item name="catalogueEntry" label="指导目录条目" extra={division && entries.length === 0 ? '指导目录中暂无该大类的条目，可不选。' : '不在指导目录中的品牌可不选。'}>
          <Select allowClear disabled={!division}
            options={entries.map((entry) => ({ value: entry.code, label: `${entry.code} ${entry.name}` }))}
            onChange={(code?: string) => {
              const chosen = entries.find((entry) => entry.code === code);
              if (chosen && !form.getFieldValue('sector')) form.setFieldsValue({ sector: chosen.name });
            }} />
        </Form.Item>
        <Form.Item name="sector" label="所属领域" rules={[{ required: true, whitespace: true, message: '请填写所属领域' }, { max: 50, message: '所属领域不超过 50 字。' }]}>
          <Input placeholder="如：家政服务" />
        </Form.Item>
        <ErrorAlert error={classify.error} />
        <Button type="primary" htmlType="submit" loading={classify.isPending} style={{ marginTop: 8 }}>保存归类</Button>
      </Form>
    </Card>
  );
}
