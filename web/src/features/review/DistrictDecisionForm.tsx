import { Alert, Card, Form, Radio, Typography } from 'antd';
import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { canRecommendCity, type CaseDetail } from './caseActions';
import { OpinionField, SubmitStep } from './StepFormParts';
import { useCaseStep } from './useCaseStep';

type DistrictDecisionRequest = components['schemas']['DistrictDecisionRequest'];

const YES_NO = [{ value: true, label: '是' }, { value: false, label: '否' }];

/** 区级初审意见: the district bureau selects the brand at district level and may recommend it for the city level. */
export function DistrictDecisionForm({ detail }: { detail: CaseDetail }) {
  const [form] = Form.useForm<DistrictDecisionRequest>();
  const selected = Form.useWatch('districtLevelSelected', form);
  const recommendable = canRecommendCity(selected, detail.requestedLevels);
  const blocked = detail.precheck?.blocking === true;
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
        <OpinionField label="审核意见" placeholder="材料审核及实地查验情况" />
        <SubmitStep step={decide}>提交初审意见</SubmitStep>
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
