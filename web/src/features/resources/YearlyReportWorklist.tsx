import { App, Button, Card, Descriptions, Form, Input, Modal, Radio, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PagedTable } from '../../shared/PagedTable';
import { formatDateTime } from '../../shared/format';
import { fetchYearlyReports, resourceKeys, reviewYearlyReport, type ReviewRequest, type YearlyReport } from './resourcesApi';
import { rosterText } from './BrandResourcesTab';

/** 年报审核: the district's yearly reports awaiting review, oldest first, each accepted or returned with a note. */
export function YearlyReportWorklist() {
  const [reviewing, setReviewing] = useState<YearlyReport | undefined>();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>年报审核</Typography.Title>
      <Typography.Paragraph type="secondary">
        本区劳务品牌报送的年度报告。审核通过后，报告数据更新到劳务品牌资源库并报送省级系统；需要修改的，写明原因退回品牌单位。
      </Typography.Paragraph>
      <PagedTable<YearlyReport>
        queryKey={resourceKeys.reports('SUBMITTED')}
        fetchPage={(page) => fetchYearlyReports('SUBMITTED', page)}
        rowKey={(report) => `${report.brandId}/${report.year}`}
        emptyText="暂无待审核的年度报告"
        columns={[
          { title: '证书编号', dataIndex: 'certificateNumber', render: (number: string, report) => <Link to={`/brands/${report.brandId}`}>{number}</Link> },
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '建设单位', dataIndex: 'unitName' },
          { title: '年度', dataIndex: 'year' },
          { title: '花名册人数', key: 'roster', render: (_: unknown, report) => rosterText(report) },
          { title: '提交时间', dataIndex: 'submittedAt', render: (at: string) => formatDateTime(at) },
          {
            title: '操作', key: 'review',
            render: (_: unknown, report) => (
              <Button size="small" type="primary" onClick={() => setReviewing(report)} aria-label={`审核 ${report.brandName} ${report.year} 年度报告`}>审核</Button>
            ),
          },
        ]}
      />
      {reviewing && <ReviewDialog report={reviewing} onClose={() => setReviewing(undefined)} />}
    </Card>
  );
}

export function ReviewDialog({ report, onClose }: { report: YearlyReport; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReviewRequest>();
  const outcome = Form.useWatch('outcome', form);
  const review = useMutation({
    mutationFn: (values: ReviewRequest) => reviewYearlyReport(report.brandId, report.year,
      { outcome: values.outcome, note: values.note?.trim() || undefined }),
    onSuccess: (reviewed) => {
      void message.success(reviewed.status === 'ACCEPTED' ? '年度报告已审核通过，资源库已更新。' : '年度报告已退回品牌单位修改。');
      onClose();
      return Promise.all([queryClient.invalidateQueries({ queryKey: ['brands', 'yearly-reports'] }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.of(report.brandId) })]);
    },
  });
  return (
    <Modal open title={`审核「${report.brandName}」${report.year} 年度报告`} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="就业规模">{report.employmentScale} 人</Descriptions.Item>
        <Descriptions.Item label="培训能力">{report.trainingCapacity} 人/年</Descriptions.Item>
        <Descriptions.Item label="市场占有率">{report.marketSharePercent}%</Descriptions.Item>
        <Descriptions.Item label="经济效益">{report.economicBenefitTenThousandYuan} 万元</Descriptions.Item>
        <Descriptions.Item label="服务地区">{report.regionsServed.join('、')}</Descriptions.Item>
        <Descriptions.Item label="花名册人数">{rosterText(report)}</Descriptions.Item>
        <Descriptions.Item label="年度情况说明"><span style={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</span></Descriptions.Item>
      </Descriptions>
      <Form<ReviewRequest> form={form} layout="vertical" onFinish={(values) => review.mutate(values)}>
        <Form.Item name="outcome" label="审核结果" rules={[{ required: true, message: '请选择审核结果' }]}>
          <Radio.Group options={[{ value: 'ACCEPT', label: '审核通过' }, { value: 'RETURN', label: '退回修改' }]} />
        </Form.Item>
        <Form.Item name="note" label="审核意见"
          rules={[{ required: outcome === 'RETURN', whitespace: true, message: '退回时请写明退回原因' }, { max: 500, message: '审核意见不超过 500 字。' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        <ErrorAlert error={review.error} />
        <Button type="primary" htmlType="submit" loading={review.isPending} style={{ marginTop: 8 }}>提交审核结果</Button>
      </Form>
    </Modal>
  );
}
