import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Select, Space, Steps, Typography,
  type FormItemProps,
} from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import { messageOf, ProblemError, type FieldError } from '../../api/problem';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { LEVELS, UNIT_TYPES, type BrandLevel, type UnitType } from '../../shared/vocabulary';
import { applicationKeys, submitApplication, useApplication, useCriteria, useCurrentCampaign } from './applicationQueries';
import { ApplicationContent } from './ApplicationContent';
import {
  BRAND_NAME_MAX, contentOf, formPathOf, LABOUR_PRACTICE_FIELDS, problemOf, STEP_TITLES, stepFields, stepOf, thresholdText,
  toContentRequest, toFormValues, UNIT_NAME_MAX, YEAR_FIELDS,
  type ApplicationFormValues, type ApplicationView, type ContentRequest, type LabourPracticeField, type NamePath, type YearField,
} from './formModel';
import { useDraftSaver, type SaveState } from './useDraftSaver';

type CriterionView = EligibilityComponents['schemas']['CriterionView'];

/** The editor stays the same one when its own first save moves it from /new to /{id}/edit. */
interface EditorState {
  editor?: string;
}

/** 新建申报 and 编辑申报: loads the campaign (and the draft), then hands them to the editor. */
export function ApplicationForm() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const campaign = useCurrentCampaign();
  const application = useApplication(id);
  const criteria = useCriteria(application.data?.campaign ?? campaign.data?.current);
  const editorKey = (location.state as EditorState | null)?.editor ?? location.key;

  const error = campaign.error ?? application.error;
  if (error) {
    return <Card><ErrorAlert error={error} /></Card>;
  }
  if (!campaign.data || (id && !application.data)) {
    return <Card loading />;
  }
  if (application.data && application.data.status !== 'DRAFT') {
    return (
      <Card>
        <Result
          status="info"
          title="申报书已提交，不能再修改"
          extra={<Link to={`/applications/${id}`}>查看申报书</Link>}
        />
      </Card>
    );
  }
  return (
    <ApplicationEditor
      key={editorKey}
      campaignYears={campaign.data.declaredYears ?? []}
      criteria={criteria.data?.criteria}
      draft={application.data}
      onCreated={(created) => void navigate(`/applications/${created.id}/edit`, { replace: true, state: { editor: editorKey } satisfies EditorState })}
    />
  );
}

interface EditorProps {
  campaignYears: number[];
  criteria?: CriterionView[];
  draft?: ApplicationView;
  onCreated: (created: ApplicationView) => void;
}

/** The step form: fills Attachment 1 step by step, saving the draft as it goes, and submits it after a confirmation. */
export function ApplicationEditor({ campaignYears, criteria, draft, onCreated }: EditorProps) {
  const [form] = Form.useForm<ApplicationFormValues>();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [unplacedErrors, setUnplacedErrors] = useState<FieldError[]>([]);
  const [submitError, setSubmitError] = useState<unknown>();
  // the form starts from the draft as loaded; later answers about it never overwrite what is being typed
  const [initialValues] = useState(() => toFormValues(draft ?? {}, campaignYears));
  const [storedDraft] = useState(() => draft && { id: draft.id!, version: draft.version!, content: contentOf(draft, campaignYears) });
  // a save finishing after the person left the form must not take them back to it
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => { shown.current = false; };
  }, []);

  const saver = useDraftSaver({
    draft: storedDraft,
    content: () => toContentRequest(form.getFieldsValue(true), campaignYears),
    onSaved(saved, created) {
      setUnplacedErrors([]);
      queryClient.setQueryData(applicationKeys.one(saved.id!), saved);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
      if (created && shown.current) onCreated(saved);
    },
    onStale(stored) {
      form.setFieldsValue(toFormValues(stored, campaignYears));
      queryClient.setQueryData(applicationKeys.one(stored.id!), stored);
    },
    onRefused: placeFieldErrors,
  });

  /** The service's field errors next to their fields; those the form has no field for above it. */
  function placeFieldErrors(error: unknown, sent: ContentRequest) {
    if (!(error instanceof ProblemError)) return;
    const placed = new Map<string, { name: NamePath; errors: string[] }>();
    const unplaced: FieldError[] = [];
    for (const fieldError of error.fieldErrors) {
      const name = formPathOf(fieldError.field, sent, campaignYears);
      if (name) {
        const key = name.join('.');
        placed.set(key, { name, errors: [...(placed.get(key)?.errors ?? []), fieldError.message] });
      } else {
        unplaced.push(fieldError);
      }
    }
    setUnplacedErrors(unplaced);
    const fields = [...placed.values()];
    // the paths come from the service's field names, so the form's typed paths cannot be known here
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
    if (fields.length > 0) showField(fields[0].name);
  }

  function showField(name: NamePath) {
    setStep(stepOf(name));
    // the step's fields are shown on the next frame
    requestAnimationFrame(() => form.scrollToField(name, { focus: true }));
  }

  /** Validates the fields given (all when none), showing the first wrong one; true when all are right. */
  async function validate(names?: NamePath[]): Promise<boolean> {
    try {
      await (names ? form.validateFields(names) : form.validateFields());
      return true;
    } catch (failure) {
      const first = (failure as { errorFields?: { name: NamePath }[] }).errorFields?.[0];
      if (first) showField(first.name);
      return false;
    }
  }

  async function next() {
    if (await validate(stepFields(step, campaignYears)) && await saver.flush()) {
      setStep(step + 1);
    }
  }

  async function submit() {
    setSubmitError(undefined);
    const id = await saver.flush();
    if (!id) return;
    try {
      const submitted = await submitApplication(id);
      message.success('申报书已提交');
      // away from the form first: seeing the submitted application, the form would say it can no longer be edited
      await navigate(`/applications/${id}`);
      queryClient.setQueryData(applicationKeys.one(id), submitted);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
    } catch (error) {
      setSubmitError(error);
    }
  }

  async function confirmSubmit() {
    if (!(await validate())) return;
    modal.confirm({
      title: '确认提交',
      content: '提交后申报书将报送至所在区市县人社部门，不能再修改。',
      okText: '确认提交',
      cancelText: '取消',
      onOk: submit,
    });
  }

  const summary = step === STEP_TITLES.length - 1 ? toContentRequest(form.getFieldsValue(true), campaignYears) : undefined;
  return (
    <Card>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{draft ? '编辑申报' : '新建申报'}</Typography.Title>
        <SaveStatus state={saver.state} stored={storedDraft !== undefined} />
      </Flex>
      <Space orientation="vertical" style={{ display: 'flex', marginBottom: 16 }}>
        {saver.state.kind === 'stale' && (
          <Alert type="warning" showIcon title="申报书已在其他页面被修改，已载入最新保存的内容，请核对后继续填写。" />
        )}
        {saver.state.kind === 'failed' && !hasFieldErrors(saver.state.error) && (
          <ErrorAlert error={saver.state.error} title="草稿未能保存" />
        )}
        {unplacedErrors.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title="以下内容未能保存，请修改后重试"
            description={<ul style={{ margin: 0 }}>{unplacedErrors.map((fieldError, index) => <li key={index}>{fieldError.message}</li>)}</ul>}
          />
        )}
      </Space>
      <Steps current={step} items={STEP_TITLES.map((title) => ({ title }))} style={{ marginBottom: 32 }} />
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => saver.schedule()}
        style={{ maxWidth: 960 }}
      >
        {/* every step stays mounted, so that submitting validates them all */}
        <div hidden={step !== 0}><BasicInfoStep /></div>
        <div hidden={step !== 1}><YearsStep campaignYears={campaignYears} criteria={criteria} /></div>
        <div hidden={step !== 2}><LabourPracticeStep criteria={criteria} /></div>
        {summary && <ApplicationContent content={summary} years={campaignYears} />}
      </Form>
      {/* the failure of submitting shows next to its button: on the long last step the top is out of sight */}
      <Space orientation="vertical" style={{ display: 'flex', marginTop: 24 }}>
        <ErrorAlert error={submitError} />
        <Space>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
          {step < STEP_TITLES.length - 1
            ? <Button type="primary" onClick={() => void next()}>下一步</Button>
            : <Button type="primary" onClick={() => void confirmSubmit()}>提交申报</Button>}
        </Space>
      </Space>
    </Card>
  );
}

/** Whether a refusal names fields, which are then shown at the fields rather than as one message. */
function hasFieldErrors(error: unknown): boolean {
  return error instanceof ProblemError && error.fieldErrors.length > 0;
}

function SaveStatus({ state, stored }: { state: SaveState; stored: boolean }) {
  let text: ReactNode;
  switch (state.kind) {
    case 'idle':
      text = <Typography.Text type="secondary">{stored ? '修改将自动保存' : '填写基本信息后将自动保存草稿'}</Typography.Text>;
      break;
    case 'saving':
      text = <Typography.Text type="secondary"><LoadingOutlined /> 正在保存…</Typography.Text>;
      break;
    case 'saved':
      text = <Typography.Text type="success"><CheckCircleOutlined /> 草稿已保存 {dayjs(state.at).format('HH:mm:ss')}</Typography.Text>;
      break;
    case 'stale':
      text = <Typography.Text type="warning">已载入最新保存的内容</Typography.Text>;
      break;
    case 'failed':
      text = <Typography.Text type="danger">保存失败：{messageOf(state.error)}</Typography.Text>;
      break;
  }
  return <div role="status" aria-live="polite">{text}</div>;
}

function BasicInfoStep() {
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item
          name="brandName"
          label="劳务品牌名称"
          extra="命名规则：大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌，例如：大连甘井子金港家政服务师劳务品牌"
          rules={[
            { required: true, whitespace: true, message: '请填写劳务品牌名称' },
            { max: BRAND_NAME_MAX, message: `劳务品牌名称不能超过 ${BRAND_NAME_MAX} 个字` },
          ]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="unitName"
          label="申报单位名称"
          extra="与营业执照或法人登记证书上的名称一致"
          rules={[
            { required: true, whitespace: true, message: '请填写申报单位名称' },
            { max: UNIT_NAME_MAX, message: `申报单位名称不能超过 ${UNIT_NAME_MAX} 个字` },
          ]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="unitType" label="申报单位类型" rules={[{ required: true, message: '请选择申报单位类型' }]}>
          <Select<UnitType>
            placeholder="请选择"
            options={Object.entries(UNIT_TYPES).map(([value, label]) => ({ value: value as UnitType, label }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="requestedLevels"
          label="申报层级"
          extra="达到市级标准的，可同时申报区级和市级"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个申报层级（区级或市级）' }]}
        >
          <LevelChoice />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The label a figure's field shows; rates say they are in per cent. */
function labelOf(field: YearField | LabourPracticeField): string {
  return field.kind === 'percent' ? `${field.label}（%）` : field.label;
}

/** The Form.Item of one figure: required, checked as the service would check it, with the campaign's threshold below. */
function figureItemProps(field: YearField | LabourPracticeField, criteria: CriterionView[] | undefined): FormItemProps {
  return {
    label: labelOf(field),
    required: true,
    extra: thresholdText(field, criteria),
    rules: [{
      validator: (_, value: number | boolean | null | undefined) => {
        const problem = problemOf(field, value);
        return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
      },
    }],
  };
}

interface FigureInputProps {
  field: YearField | LabourPracticeField;
  accessibleName: string;
  // given by the Form.Item around it
  id?: string;
  value?: number | boolean | null;
  onChange?: (value: unknown) => void;
}

/** The input of one figure, named for reading aloud (with its year where it has one). */
function FigureInput({ field, accessibleName, id, value, onChange }: FigureInputProps) {
  if (field.kind === 'yesno') {
    return (
      <Radio.Group
        id={id}
        value={value}
        onChange={onChange}
        aria-label={accessibleName}
        options={[{ value: true, label: '是' }, { value: false, label: '否' }]}
      />
    );
  }
  return (
    <InputNumber<number>
      id={id}
      value={typeof value === 'number' ? value : null}
      onChange={onChange}
      aria-label={accessibleName}
      style={{ width: '100%' }}
      suffix={field.unit}
    />
  );
}

function YearsStep({ campaignYears, criteria }: { campaignYears: number[]; criteria?: CriterionView[] }) {
  return (
    <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        请分别填写 {campaignYears.join('、')} 年度的数据。企业经营管理人员不计入培训和就业人数。
      </Typography.Paragraph>
      {campaignYears.map((year, index) => (
        <Card key={year} size="small" title={`${year}年度`}>
          <Row gutter={24}>
            {YEAR_FIELDS.map((field) => (
              <Col key={field.name} xs={24} md={12}>
                <Form.Item name={['years', index, field.name]} {...figureItemProps(field, criteria)}>
                  <FigureInput field={field} accessibleName={`${year}年度 ${labelOf(field)}`} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
    </Space>
  );
}

function LabourPracticeStep({ criteria }: { criteria?: CriterionView[] }) {
  return (
    <Row gutter={24}>
      {LABOUR_PRACTICE_FIELDS.map((field) => (
        <Col key={field.name} xs={24} md={12}>
          <Form.Item name={['labourPractice', field.name]} {...figureItemProps(field, criteria)}>
            <FigureInput field={field} accessibleName={labelOf(field)} />
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

/**
 * The two levels as check boxes in a labelled group. Form.Item marks its control aria-required, which a group may not
 * carry (each check box is the control), so it is left off here.
 */
function LevelChoice({ 'aria-required': _required, ...group }: CheckboxGroupProps<BrandLevel>) {
  return (
    <Checkbox.Group<BrandLevel>
      {...group}
      role="group"
      aria-label="申报层级"
      options={(Object.keys(LEVELS) as BrandLevel[]).map((value) => ({ value, label: LEVELS[value] }))}
    />
  );
}
