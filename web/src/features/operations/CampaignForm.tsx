import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import type { Campaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import {
  CAMPAIGN_CODE, datesProblem, toCampaignFormValues, toCampaignRequest, type CampaignFormValues,
} from './campaignModel';

const YEARS = Array.from({ length: 16 }, (_, index) => 2018 + index);

/**
 * 新建或修改申报批次: its years, its window, its forwarding deadline and its notice length. A change names the version it
 * changes; every other service learns it from the CampaignPublished the service sends.
 */
export function CampaignForm({ campaign, open, onClose }: { campaign?: Campaign; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CampaignFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (values: CampaignFormValues) => unwrap(applicationApi.PUT('/api/campaigns/{code}', {
      params: {
        path: { code: campaign?.code ?? values.code!.trim() },
        header: campaign ? { 'If-Match': `"${campaign.version}"` } : {},
      },
      body: toCampaignRequest(values),
    })),
    onSuccess: (saved) => {
      message.success(campaign ? `申报批次 ${saved.code} 已修改` : `申报批次 ${saved.code} 已创建`);
      void queryClient.invalidateQueries({ queryKey: ['campaigns'] });
      onClose();
    },
  });

  return (
    <Modal
      open={open}
      title={campaign ? `修改申报批次 ${campaign.code}` : '新建申报批次'}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        initialValues={toCampaignFormValues(campaign)}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="code"
          label="批次代码"
          extra="4 位数字，通常为年度，例如 2023"
          rules={[{ required: true, pattern: CAMPAIGN_CODE, message: '批次代码应为 4 位数字，例如 2023' }]}
        >
          <Input disabled={campaign !== undefined} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="title" label="批次名称" rules={[{ required: true, whitespace: true, max: 100, message: '请填写批次名称（不超过 100 个字）' }]}>
          <Input placeholder="例如：2023年度劳务品牌申报认定" />
        </Form.Item>
        <Form.Item name="noticeReference" label="依据文件" rules={[{ required: true, whitespace: true, max: 100, message: '请填写通知文号（不超过 100 个字）' }]}>
          <Input placeholder="例如：大就办发〔2023〕5号" />
        </Form.Item>
        <Form.Item name="declaredYears" label="申报数据年度" rules={[{ required: true, type: 'array', min: 1, max: 5, message: '请选择 1 至 5 个年度' }]}>
          <Select mode="multiple" options={YEARS.map((year) => ({ value: year, label: `${year}年` }))} placeholder="附件1 要求填报数据的年度" />
        </Form.Item>
        <Form.Item
          name="opensOn"
          label="开始受理日期"
          rules={[{ required: true, message: '请选择开始受理日期' }]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="applicationDeadline"
          label="申报截止日期（报送区人社部门）"
          dependencies={['opensOn']}
          rules={[{ required: true, message: '请选择申报截止日期' }, datesRule]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="forwardingDeadline"
          label="报送市级截止日期"
          dependencies={['applicationDeadline']}
          rules={[{ required: true, message: '请选择报送市级截止日期' }, datesRule]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="noticeWorkingDays" label="公示期（工作日）" rules={[{ required: true, type: 'integer', min: 1, max: 30, message: '公示期应为 1 至 30 个工作日' }]}>
          <InputNumber min={1} max={30} style={{ width: 120 }} suffix="个工作日" />
        </Form.Item>
      </Form>
      <ErrorAlert error={save.error} title="申报批次未能保存" />
    </Modal>
  );
}

/** The dates in order, checked as the service checks them. */
const datesRule = ({ getFieldsValue }: { getFieldsValue: () => CampaignFormValues }) => ({
  validator: () => {
    const problem = datesProblem(getFieldsValue());
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
});
