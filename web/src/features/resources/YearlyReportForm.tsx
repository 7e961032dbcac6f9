import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { resourceKeys, submitYearlyReport, type YearlyReport } from './resourcesApi';
import { regionsProblem, reportRequestOf, type YearlyReportValues } from './resourcesModel';

/** The request's field names as the form names them. */
const FIELD_OF: Record<string, keyof YearlyReportValues> = { regionsServed: 'regions' };

/**
 * 年度报告: the holder reports a finished year (from the certification year to last year) with the brand's figures; a
 * year the district returned is reported again, starting from what was sent.
 */
export function YearlyReportForm({ brandId, openYears, reports }: { brandId: string; openYears: number[]; reports: YearlyReport[] }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<YearlyReportValues>();
  const year = Form.useWatch('year', form);
  const returned = reports.find((report) => report.year === year && report.status === 'RETURNED');
  const submit = useMutation({
    mutationFn: (values: YearlyReportValues) => submitYearlyReport(brandId, reportRequestOf(values)),
    onSuccess: (report) => {
      void message.success(`${report.year} 年度报告已提交，等待区级人社部门审核。`);
      form.resetFields();
      return Promise.all([queryClient.invalidateQueries({ queryKey: resourceKeys.of(brandId) }),
        queryClient.invalidateQueries({ queryKey: ['brands', 'yearly-reports'] })]);
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: FIELD_OF[field] ?? field, errors: [text] })));
      }
    },
  });

  function chooseYear(chosen: number) {
    const earlier = reports.find((report) => report.year === chosen && report.status === 'RETURNED');
    if (earlier) {
      form.setFieldsValue({
        employmentScale: earlier.employmentScale,
        marketSharePercent: earlier.marketSharePercent,
        economicBenefitTenThousandYuan: earlier.economicBenefitTenThousandYuan,
        trainingCapacity: earlier.trainingCapacity,
        regions: earlier.regionsServed.join('、'),
        narrative: earlier.narrative,
      });
    }
  }

  return (
    <Card title="报送年度报告">
      {openYears.length === 0 ? (
        <Typography.Paragraph type="secondary">暂无可报告的年度：年度结束后即可报告该年度的情况。</Typography.Paragraph>
      ) : (
        <Form<YearlyReportValues> form={form} layout="vertical" style={{ maxWidth: 720 }} onFinish={(values) => submit.mutate(values)}>
          <Form.Item name="year" label="报告年度" rules={[{ required: true, message: '请选择报告年度' }]}>
            <Select options={openYears.map((open) => ({ value: open, label: `${open} 年度` }))} onChange={chooseYear} style={{ maxWidth: 200 }} />
          </Form.Item>
          {returned && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="该年度报告被退回，请修改后重新提交"
              description={returned.reviewNote} />
          )}
          <Form.Item name="employmentScale" label="就业规模（人）" extra="本年度吸纳或有组织输出就业的人数"
            rules={[{ required: true, message: '请填写就业规模' }]}>
            <InputNumber min={0} max={10_000_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="marketSharePercent" label="市场占有率（%）"
            rules={[{ required: true, message: '请填写市场占有率' }, { type: 'number', min: 0, max: 100, message: '市场占有率应在 0 至 100 之间。' }]}>
            <InputNumber precision={2} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="economicBenefitTenThousandYuan" label="经济效益（万元）"
            rules={[{ required: true, message: '请填写经济效益' }, { type: 'number', min: 0, message: '经济效益不能为负数。' }]}>
            <InputNumber precision={2} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="trainingCapacity" label="培训能力（人/年）" rules={[{ required: true, message: '请填写培训能力' }]}>
            <InputNumber min={0} max={10_000_000} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="regions" label="服务地区" required extra="多个地区用顿号、逗号或换行分隔，如：大连市、沈阳市、北京市"
            rules={[{ validator: (_, value: string) => { const problem = regionsProblem(value); return problem ? Promise.reject(new Error(problem)) : Promise.resolve(); } }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="narrative" label="年度情况说明" rules={[{ required: true, whitespace: true, message: '请填写年度情况说明' }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder="如：本年度开展培训 12 期，新增输出北京、沈阳家政服务员 180 人。" />
          </Form.Item>
          <Typography.Paragraph type="secondary">本年度的花名册人数（在册、培训、就业）由系统从花名册导入中取得，随报告一并报送。</Typography.Paragraph>
          <ErrorAlert error={submit.error} />
          <Button type="primary" htmlType="submit" loading={submit.isPending} style={{ marginTop: 8 }}>提交年度报告</Button>
        </Form>
      )}
    </Card>
  );
}
