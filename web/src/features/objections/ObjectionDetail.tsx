import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Spin, Tag, Timeline, Typography, type FormInstance } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { reviewApi, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import {
  CONTACT_KINDS, findingProblem, OBJECTION_STATUSES, OUTCOMES, outcomesFor, type InvestigationRequest, type Objection, type ResolutionRequest,
} from './objectionModel';

/** One objection: what was objected to and by whom (masked), the investigation so far, and the district's decision. */
export function ObjectionDetail() {
  const { id = '' } = useParams();
  const session = useSession()!;
  const objection = useQuery({
    queryKey: ['objections', 'one', id],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/objections/{id}', { params: { path: { id } } })),
  });
  const back = <Link to="/objections">返回公示异议</Link>;
  if (objection.error) return <Card>{back}<ErrorAlert error={objection.error} /></Card>;
  if (!objection.data) return <Spin size="large" tip="正在加载…" fullscreen />;
  const current = objection.data;
  const works = session.roles.includes('DISTRICT_REVIEWER') && current.status !== 'RESOLVED';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        {back}
        <Typography.Title level={3}>异议 {current.receiptNumber}</Typography.Title>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'brand', label: '劳务品牌', children: <Link to={`/reviews/${current.caseId}`}>{current.brandName}</Link> },
            { key: 'unit', label: '申报单位', children: current.unitName },
            { key: 'name', label: '异议人', children: current.objectorName },
            { key: 'contact', label: CONTACT_KINDS[current.contactKind ?? 'MOBILE'], children: current.contact },
            { key: 'lodged', label: '提出时间', children: formatDateTime(current.lodgedAt) },
            { key: 'status', label: '办理状态', children: <Tag color={OBJECTION_STATUSES[current.status!]?.color}>{current.statusLabel}</Tag> },
            { key: 'content', label: '异议内容', span: 'filled', children: <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{current.content}</Typography.Paragraph> },
          ]}
        />
        {current.status === 'RESOLVED' && (
          <Descriptions
            title="处理结果"
            style={{ marginTop: 24 }}
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'outcome', label: '处理结果', children: current.outcomeLabel },
              { key: 'resolved', label: '办结时间', children: `${formatDateTime(current.resolvedAt)}（${current.resolvedBy}）` },
              { key: 'finding', label: '调查核实结论', span: 'filled', children: current.finding },
            ]}
          />
        )}
      </Card>
      <Card title="调查核实情况">
        {current.notes?.length
          ? <Timeline items={current.notes.map((note) => ({ children: <><Typography.Text type="secondary">{formatDateTime(note.at)} {note.author}</Typography.Text><div>{note.note}</div></> }))} />
          : <Typography.Text type="secondary">尚未记录调查核实情况。</Typography.Text>}
        {works && <InvestigationForm objection={current} />}
      </Card>
      {works && <ResolutionForm objection={current} />}
    </Space>
  );
}

/** After a step: the objection, the lists and the case read again. */
function useObjectionStep<Body>(form: FormInstance, send: (body: Body) => Promise<Objection>, done: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void message.success(done);
      form.resetFields();
      return Promise.all([queryClient.invalidateQueries({ queryKey: ['objections'] }), queryClient.invalidateQueries({ queryKey: ['reviews'] })]);
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field, errors: [text] })));
      }
    },
  });
}

function InvestigationForm({ objection }: { objection: Objection }) {
  const [form] = Form.useForm<InvestigationRequest>();
  const record = useObjectionStep(form, (values: InvestigationRequest) => unwrap(reviewApi.POST('/api/reviews/objections/{id}/investigation', {
    params: { path: { id: objection.id! } }, body: { note: values.note.trim() },
  })), '已记录调查核实情况。');
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 16, maxWidth: 720 }} onFinish={(values) => record.mutate(values)}>
      <Form.Item name="note" label="记录调查核实情况" rules={[{ required: true, whitespace: true, message: '请填写调查核实情况' }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="如：已电话联系异议人；已调取劳动监察部门整改记录；已实地走访。" />
      </Form.Item>
      <ErrorAlert error={record.error} />
      <Button htmlType="submit" loading={record.isPending}>记录</Button>
    </Form>
  );
}

function ResolutionForm({ objection }: { objection: Objection }) {
  const [form] = Form.useForm<ResolutionRequest>();
  const outcome = Form.useWatch('outcome', form);
  const recommended = useQuery({
    queryKey: ['reviews', 'case', objection.caseId],
    queryFn: () => unwrap(reviewApi.GET('/api/reviews/cases/{id}', { params: { path: { id: objection.caseId! } } })),
  }).data?.districtDecision?.cityRecommended ?? false;
  const resolve = useObjectionStep(form, (values: ResolutionRequest) => unwrap(reviewApi.POST('/api/reviews/objections/{id}/resolution', {
    params: { path: { id: objection.id! } }, body: { outcome: values.outcome, finding: values.finding.trim() },
  })), '异议已办结，处理结果已告知申报单位。');
  return (
    <Card title="办结异议">
      <Form<ResolutionRequest> form={form} layout="vertical" style={{ maxWidth: 720 }} onFinish={(values) => resolve.mutate(values)}>
        <Form.Item name="outcome" label="处理结果" rules={[{ required: true, message: '请选择处理结果' }]}>
          <Radio.Group options={outcomesFor(recommended).map((value) => ({ value, label: OUTCOMES[value].label }))} />
        </Form.Item>
        {outcome && <Typography.Paragraph type="secondary">{OUTCOMES[outcome].effect}</Typography.Paragraph>}
        <Form.Item
          name="finding"
          label="调查核实结论"
          required
          extra="申报单位和异议人将看到此结论"
          rules={[{ validator: (_, value: string) => { const problem = findingProblem(value); return problem ? Promise.reject(new Error(problem)) : Promise.resolve(); } }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <ErrorAlert error={resolve.error} />
        <Button type="primary" htmlType="submit" loading={resolve.isPending}>办结</Button>
      </Form>
    </Card>
  );
}
