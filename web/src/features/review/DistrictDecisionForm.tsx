import { Alert, Card, Form, Input, Radio, Typography } from 'antd';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { LEVELS, type BrandLevel } from '../../shared/vocabulary';
import { canRecommendCity, levelsNeedingReason, needsJudgement, REASON_MINIMUM, type CaseDetail } from './caseActions';
import { OpinionField, SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

type DistrictDecisionRequest = components['schemas']['DistrictDecisionRequest'];

const YES_NO = [{ value: true, label: '是' }, { value: false, label: '否' }];

/** 区级初审意见: the district bureau selects the brand at district level and may recommend it for the city level. */
export function DistrictDecisionForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<DistrictDecisionRequest>();
  const selected = Form.useWatch('districtLevelSelected', form);
  const recommendable = canRecommendCity(selected, detail.requestedLevels);
  const recommended = Form.useWatch('cityRecommended', form);
  const blocked = detail.precheck?.blocking === true;
  const pending = !detail.precheck;
  const chosen: BrandLevel[] = selected === true ? (recommended === true ? ['DISTRICT', 'CITY'] : ['DISTRICT']) : [];
  const unmet = levelsNeedingReason(detail.precheck, chosen);
  const judgementNeeded = selected === true && needsJudgement(detail.precheck);
  const decide = useCaseStep(
    form,
    (body: DistrictDecisionRequest) => unwrap(reviewApi.POST('/api/reviews/cases/{id}/district-decision', {
      params: { path: { id: detail.id! } }, body,
    })),
    (decided) => (decided.districtDecision?.districtLevelSelected ? '初审意见已提交，请发布公示。' : '初审意见已提交，该申报未通过区级初审。'),
  );

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>区级初审意见</Typography.Title>
      {pending && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="资格预审尚未完成：预审结果生成后方可作出初审意见。" />
      )}
      <Typography.Paragraph type="secondary">作出初审意见前须完成实地查验并形成查验结论；查验不属实的，只能不予通过。</Typography.Paragraph>
      {blocked && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title="资格预审发现阻断性风险事项，整改完成前不能入选区级劳务品牌。" />
      )}
      <Form<DistrictDecisionRequest>
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onValuesChange={(changed: Partial<DistrictDecisionRequest>) => {
          // a brand the district does not select cannot be recommended: the answer shown becomes 否
          if ('districtLevelSelected' in changed && !canRecommendCity(changed.districtLevelSelected, detail.requestedLevels)) {
            form.setFieldValue('cityRecommended', false);
          }
        }}
        onFinish={(values) => decide.mutate({ ...values, cityRecommended: values.cityRecommended === true })}
      >
        <Form.Item name="districtLevelSelected" label="入选区级劳务品牌" rules={[{ required: true, message: '请选择是否入选区级劳务品牌' }]}>
          <Radio.Group aria-label="入选区级劳务品牌" options={YES_NO.map((option) => ({ ...option, disabled: option.value && blocked }))} />
        </Form.Item>
        <Form.Item
          name="cityRecommended"
          label="推荐申报市级"
          extra={recommendableHint(selected, detail)}
          rules={[{ required: recommendable, message: '请选择是否推荐申报市级' }]}
        >
          <Radio.Group aria-label="推荐申报市级" disabled={!recommendable} options={YES_NO} />
        </Form.Item>
        {judgementNeeded && (
          <Form.Item
            name="judgement"
            label="劳动人事争议败诉案件研判意见"
            extra="预审发现申报单位有劳动人事争议败诉案件，请写明对案件性质、整改情况及是否影响认定的研判。"
            rules={[
              { required: true, whitespace: true, message: '请填写研判意见' },
              { min: REASON_MINIMUM, message: `研判意见至少 ${REASON_MINIMUM} 个字` },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
        {unmet.length > 0 && (
          <Form.Item
            name="overrideReason"
            label={`未达到${unmet.map((level) => LEVELS[level]).join('、')}预审标准仍予通过的理由`}
            extra="预审结果未达到所选层级标准。如经核实仍认为符合，请写明依据；理由将记入评审记录并呈送市级。"
            rules={[
              { required: true, whitespace: true, message: '请写明理由' },
              { min: REASON_MINIMUM, message: `理由至少 ${REASON_MINIMUM} 个字，请写成一句完整的话` },
            ]}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        )}
        <OpinionField
          label="审核意见"
          placeholder={selected === false ? '不予通过的理由（将告知申报单位）' : '材料审核及实地查验情况'}
          minLength={selected === false ? REASON_MINIMUM : undefined}
        />
        <SubmitStep step={decide} disabled={pending}>提交初审意见</SubmitStep>
      </Form>
    </Card>
  );
}

/** Why the city level cannot be recommended, when it cannot. */
function recommendableHint(selected: boolean | undefined, detail: CaseDetail): string | undefined {
  if (!detail.requestedLevels?.includes('CITY')) return '该单位未申报市级劳务品牌。';
  if (selected !== true) return '入选区级劳务品牌后方可推荐申报市级。';
  return undefined;
}
