import { App, Card, Form, Input, Radio, Typography } from 'antd';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { LEVELS, type BrandLevel } from '../../shared/vocabulary';
import { certifiableLevels, defaultLevel, levelsNeedingReason, REASON_MINIMUM, type CaseDetail } from './caseActions';
import { OpinionField, SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

type ApprovalRequest = components['schemas']['ApprovalRequest'];

/** 认定意见: the leading group office certifies the brand at a level the district put before the public, or refuses it. */
export function ApprovalForm({ detail }: { detail: CaseDetail }) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<ApprovalRequest>();
  const approved = Form.useWatch('approved', form);
  const level = Form.useWatch('level', form);
  const unmet = approved !== false && level ? levelsNeedingReason(detail.precheck, [level]) : [];
  const certifiable = certifiableLevels(detail.districtDecision);
  const approve = useCaseStep(
    form,
    (body: ApprovalRequest) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/approval', { params: { path: { id: detail.id! } }, body })),
    (decided) => (decided.stage === 'CERTIFIED' ? `已认定为${LEVELS[decided.certifiedLevel!]}劳务品牌。` : '认定意见已提交，该申报不予认定。'),
  );

  // certification issues the certificate and cannot be undone: ask once more
  function confirm(values: ApprovalRequest) {
    const body = values.approved ? { ...values, overrideReason: unmet.length > 0 ? values.overrideReason : undefined }
      : { approved: false, comment: values.comment };
    modal.confirm({
      title: '确认提交认定意见？',
      content: values.approved
        ? `将「${detail.brandName}」认定为${LEVELS[values.level!]}劳务品牌并颁发证书，提交后不能撤回。`
        : `「${detail.brandName}」将不予认定，评审就此结束，提交后不能撤回。`,
      okText: '确认',
      cancelText: '取消',
      onOk: () => approve.mutate(body),
    });
  }

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>认定意见</Typography.Title>
      <Form<ApprovalRequest>
        form={form}
        layout="vertical"
        initialValues={{ level: defaultLevel(detail) }}
        style={{ maxWidth: 640 }}
        onFinish={confirm}
      >
        <Form.Item name="approved" label="认定结论" rules={[{ required: true, message: '请选择认定结论' }]}>
          <Radio.Group aria-label="认定结论" options={[{ value: true, label: '予以认定' }, { value: false, label: '不予认定' }]} />
        </Form.Item>
        {approved !== false && (
          <Form.Item
            name="level"
            label="认定级别"
            extra={certifiable.includes('CITY') ? undefined : '区人社部门未推荐申报市级，只能认定为区级劳务品牌。'}
            rules={[{ required: true, message: '请选择认定级别' }]}
          >
            <Radio.Group
              aria-label="认定级别"
              options={(Object.keys(LEVELS) as BrandLevel[]).map((level) => ({
                value: level, label: LEVELS[level], disabled: !certifiable.includes(level),
              }))}
            />
          </Form.Item>
        )}
        {unmet.length > 0 && (
          <Form.Item
            name="overrideReason"
            label={`未达到${LEVELS[unmet[0]]}预审标准仍予认定的理由`}
            extra={detail.districtDecision?.overrideReason ? `区人社部门的理由：${detail.districtDecision.overrideReason}` : undefined}
            rules={[
              { required: true, whitespace: true, message: '请写明理由' },
              { min: REASON_MINIMUM, message: `理由至少 ${REASON_MINIMUM} 个字，请写成一句完整的话` },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
        <OpinionField label="认定意见" minLength={approved === false ? REASON_MINIMUM : undefined} />
        <SubmitStep step={approve}>提交认定意见</SubmitStep>
      </Form>
    </Card>
  );
}
