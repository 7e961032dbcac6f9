import { Alert, Button, Descriptions, Form, Input, Modal, Result, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { CONTENT_MAX, contactProblem, contentProblem, type ListedBrand, type LodgeRequest, type PublicNotice } from './objectionModel';

/** What the person fills in; the notice's entry and the question's token are added when it is sent. */
type ObjectionValues = Pick<LodgeRequest, 'name' | 'contact' | 'content' | 'challengeAnswer'>;

/**
 * 我要提出异议: a real-name objection against one brand of a running notice, with a contact and the facts, and the
 * answer to a simple question; then the receipt number and query code to look the outcome up.
 */
export function ObjectionDialog({ notice, brand, onClose }: { notice: PublicNotice; brand: ListedBrand; onClose: () => void }) {
  const [form] = Form.useForm<ObjectionValues>();
  const challenge = useQuery({
    queryKey: ['public', 'objection-challenge', brand.id],
    queryFn: () => unwrap(reviewApi.GET('/api/public/objections/challenge')),
    staleTime: 0,
    gcTime: 0,
  });
  const lodge = useMutation({
    mutationFn: (values: ObjectionValues) => unwrap(reviewApi.POST('/api/public/notices/{noticeId}/objections', {
      params: { path: { noticeId: notice.id! } },
      body: {
        entryId: brand.id!,
        name: values.name.trim(),
        contact: values.contact.trim(),
        content: values.content.trim(),
        challengeToken: challenge.data!.token!,
        challengeAnswer: values.challengeAnswer.trim(),
      },
    })),
    onError: (error) => {
      // a question is answered once: any refusal asks a new one
      form.setFieldValue('challengeAnswer', '');
      void challenge.refetch();
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message }) => ({ name: field as keyof ObjectionValues, errors: [message] })));
      }
    },
  });
  const receipt = lodge.data;

  return (
    <Modal open title={`对「${brand.brandName}」提出异议`} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      {receipt ? (
        <Result
          status="success"
          title="异议已受理"
          subTitle="请妥善保存受理编号和查询码，凭二者可查询调查核实的进展和处理结果；查询码只显示这一次。"
          extra={<Button type="primary" onClick={onClose}>关闭</Button>}
        >
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="受理编号"><Typography.Text copyable strong>{receipt.receiptNumber}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="查询码"><Typography.Text copyable strong>{receipt.queryCode}</Typography.Text></Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph style={{ marginTop: 16 }}>
            <Link to={`/public/objections?receipt=${receipt.receiptNumber}`} onClick={onClose}>查询处理结果</Link>
          </Typography.Paragraph>
        </Result>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`公示期至${formatDate(notice.endsOn)}。异议须实名提出并留下联系方式，写明具体事实和理由；匿名或无具体事实的异议不予受理。`}
          />
          <Form<ObjectionValues> form={form} layout="vertical" onFinish={(values) => lodge.mutate(values)}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写真实姓名' }, { max: 30, message: '姓名不能超过 30 个字' }]}>
              <Input autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="contact"
              label="联系方式"
              required
              extra="手机号码或电子邮箱，仅用于告知处理结果，不对外公开"
              rules={[{ validator: (_, value: string) => { const problem = contactProblem(value); return problem ? Promise.reject(new Error(problem)) : Promise.resolve(); } }]}
            >
              <Input autoComplete="tel" />
            </Form.Item>
            <Form.Item
              name="content"
              label="异议内容"
              required
              rules={[{ validator: (_, value: string) => { const problem = contentProblem(value); return problem ? Promise.reject(new Error(problem)) : Promise.resolve(); } }]}
            >
              <Input.TextArea rows={6} maxLength={CONTENT_MAX} showCount placeholder="请写明具体事实和理由，如涉及的时间、人员、事项，以及可供核实的线索" />
            </Form.Item>
            <Form.Item
              name="challengeAnswer"
              label={`验证题：${challenge.data?.question ?? '正在获取…'}`}
              extra={<Button type="link" size="small" icon={<ReloadOutlined />} style={{ paddingInline: 0 }} onClick={() => void challenge.refetch()}>换一题</Button>}
              rules={[{ required: true, whitespace: true, message: '请回答验证题' }]}
            >
              <Input inputMode="numeric" style={{ width: 120 }} />
            </Form.Item>
            <ErrorAlert error={challenge.error ?? lodge.error} />
            <Button type="primary" htmlType="submit" loading={lodge.isPending} disabled={!challenge.data} style={{ marginTop: 16 }}>
              提交异议
            </Button>
          </Form>
        </>
      )}
    </Modal>
  );
}
