import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Space, Steps, Typography,
  type FormItemProps,
} from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { components as EligibilityComponents } from '../../api/generated/eligibility-service';
import { messageOf, ProblemError, type FieldError } from '../../api/problem';
import { useCurrentCampaign, type Campaign } from '../../shared/campaign';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { NameCheckResult } from '../../shared/NameCheckResult';
import { useOwnProfile, type ProfileView } from '../../shared/profile';
import { LEVELS, partNames, type ApplicationPart, type BrandLevel } from '../../shared/vocabulary';
import {
  applicationKeys, resubmitApplication, submitApplication, useApplication, useCriteria, useNameCheck, useSubmissionChecks,
} from './applicationQueries';
import { ApplicationContent } from './ApplicationContent';
import {
  BRAND_NAME_MAX, contentOf, DESCRIPTION_MAX, descriptionLength, formPathOf, LABOUR_PRACTICE_FIELDS, levelProblem, levelsAfter, partOf,
  problemOf, STEP_TITLES, stepFields, stepOf, thresholdText, toContentRequest, toFormValues, YEAR_FIELDS,
  type ApplicationFormValues, type ApplicationView, type ContentRequest, type LabourPracticeField, type NamePath, type YearField,
} from './formModel';
import { ProfileMissingAlert } from './ProfileMissingAlert';
import { SubmissionChecklist } from './SubmissionChecklist';
import { findingsOf, type Finding } from './submissionChecks';
import { UnitSummary } from './UnitSummary';
import { useDraftSaver, type SaveState } from './useDraftSaver';

type CriterionView = EligibilityComponents['schemas']['CriterionView'];
type CriteriaView = EligibilityComponents['schemas']['CriteriaView'];

/** The editor stays the same one when its own first save moves it from /new to /{id}/edit. */
interface EditorState {
  editor?: string;
}

/**
 * The years an application declares figures for: those of its campaign, which is the current one for a new
 * application; an older campaign's years come with its criteria.
 */
function yearsOf(application: ApplicationView | undefined, current: Campaign, criteria: CriteriaView | undefined): number[] | undefined {
  if (!application || application.campaign === current.code) {
    return current.declaredYears ?? [];
  }
  return criteria?.campaign?.declaredYears;
}

/** 新建申报, 编辑申报 and 补充材料: loads the campaign, the unit's profile (and the application), then hands them to the editor. */
export function ApplicationForm() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const campaign = useCurrentCampaign();
  const profile = useOwnProfile();
  const application = useApplication(id);
  const criteria = useCriteria(application.data?.campaign ?? campaign.data?.code);
  const editorKey = (location.state as EditorState | null)?.editor ?? location.key;

  const error = campaign.error ?? profile.error ?? application.error;
  if (error) {
    return <Card><ErrorAlert error={error} /></Card>;
  }
  const years = campaign.data && yearsOf(application.data, campaign.data, criteria.data);
  if (!campaign.data || profile.data === undefined || (id && !application.data) || !years) {
    return <Card loading />;
  }
  if (!id && profile.data === null) {
    return (
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>新建申报</Typography.Title>
        <ProfileMissingAlert />
      </Card>
    );
  }
  const status = application.data?.status;
  if (status && status !== 'DRAFT' && status !== 'SUPPLEMENT_REQUESTED') {
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
      campaignYears={years}
      criteria={criteria.data?.criteria}
      draft={application.data}
      profile={profile.data}
      onCreated={(created) => void navigate(`/applications/${created.id}/edit`, { replace: true, state: { editor: editorKey } satisfies EditorState })}
    />
  );
}

interface EditorProps {
  campaignYears: number[];
  criteria?: CriterionView[];
  draft?: ApplicationView;
  /** the unit's profile, whose name, type and district the application carries */
  profile?: ProfileView | null;
  onCreated: (created: ApplicationView) => void;
}

/**
 * The step form: fills Attachment 1 step by step, saving the draft as it goes, checks everything before submission and
 * submits it after a confirmation. For a supplement the district asked for, only the reopened parts can be changed and
 * the application is handed in again.
 */
export function ApplicationEditor({ campaignYears, criteria, draft, profile, onCreated }: EditorProps) {
  const [form] = Form.useForm<ApplicationFormValues>();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [unplacedErrors, setUnplacedErrors] = useState<FieldError[]>([]);
  const [submitError, setSubmitError] = useState<unknown>();
  // what a refused submission listed, shown in the check list until it is checked again
  const [refusal, setRefusal] = useState<Finding[]>();
  const [savedId, setSavedId] = useState(draft?.id);
  // the form starts from the draft as loaded; later answers about it never overwrite what is being typed
  const [initialValues] = useState(() => toFormValues(draft ?? {}, campaignYears));
  const [storedDraft] = useState(() => draft && { id: draft.id!, version: draft.version!, content: contentOf(draft, campaignYears) });
  const supplement = draft?.status === 'SUPPLEMENT_REQUESTED' ? draft.supplement ?? {} : undefined;
  const reopened = supplement?.parts ?? [];
  const locked = (path: NamePath) => supplement !== undefined && !reopened.includes(partOf(path));
  const lastStep = step === STEP_TITLES.length - 1;
  const checks = useSubmissionChecks(savedId, lastStep);
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
      setSavedId(saved.id);
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
    // a refusal of one rule (CITY_WITHOUT_DISTRICT, DESCRIPTION_TOO_LONG) names its field beside the detail
    const fieldErrors = error.fieldErrors.length > 0 || typeof error.problem.field !== 'string'
      ? error.fieldErrors
      : [{ field: error.problem.field, message: error.message }];
    for (const fieldError of fieldErrors) {
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
    setRefusal(undefined);
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
      setSubmitError(undefined);
      setRefusal(undefined);
      setStep(step + 1);
    }
  }

  async function submit() {
    setSubmitError(undefined);
    const id = await saver.flush();
    if (!id) return;
    try {
      const submitted = supplement ? await resubmitApplication(id) : await submitApplication(id);
      message.success(supplement ? '补充材料已提交，申报书已重新报送区人社部门' : '申报书已提交');
      // away from the form first: seeing the submitted application, the form would say it can no longer be edited
      await navigate(`/applications/${id}`);
      queryClient.setQueryData(applicationKeys.one(id), submitted);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.lists });
    } catch (error) {
      // the refusal lists what the check list would: it is shown there
      setRefusal(findingsOf(error));
      setSubmitError(error);
    }
  }

  async function confirmSubmit() {
    if (!(await validate())) return;
    modal.confirm({
      title: supplement ? '确认重新提交' : '确认提交',
      content: supplement
        ? '重新提交后申报书将再次报送至区人社部门审核，不能再修改。'
        : '提交后申报书将报送至所在区市县人社部门，不能再修改。',
      okText: supplement ? '确认重新提交' : '确认提交',
      cancelText: '取消',
      onOk: submit,
    });
  }

  const summary = lastStep ? toContentRequest(form.getFieldsValue(true), campaignYears) : undefined;
  const refused = refusal !== undefined;
  const shownChecks = refusal ? { ready: false, findings: refusal, nameChecks: [] } : checks.data;
  const unit = supplement && !reopened.includes('UNIT_PROFILE') ? draft?.unit : profile ?? undefined;
  return (
    <Card>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>{supplement ? '补充材料' : draft ? '编辑申报' : '新建申报'}</Typography.Title>
        <Space size="large" wrap>
          {savedId && <Link to={`/applications/${savedId}/roster`}>务工人员花名册</Link>}
          {savedId && <Link to={`/applications/${savedId}/materials`}>申报材料</Link>}
          <SaveStatus state={saver.state} stored={storedDraft !== undefined} />
        </Space>
      </Flex>
      <Space orientation="vertical" style={{ display: 'flex', marginBottom: 16 }}>
        {supplement && <SupplementNotice parts={reopened} note={supplement.note} dueOn={supplement.dueOn} />}
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
        <div hidden={step !== 0}>
          {unit && (
            <div style={{ marginBottom: 24 }}>
              <UnitSummary unit={unit} district={supplement ? draft?.district : profile?.district} profileLink />
            </div>
          )}
          <BasicInfoStep locked={locked} />
        </div>
        <div hidden={step !== 1}><YearsStep campaignYears={campaignYears} criteria={criteria} locked={locked(['years'])} /></div>
        <div hidden={step !== 2}><LabourPracticeStep criteria={criteria} locked={locked(['labourPractice'])} /></div>
        {lastStep && (
          <Space orientation="vertical" size="large" style={{ display: 'flex' }}>
            <SubmissionChecklist
              applicationId={savedId}
              checks={shownChecks}
              loading={checks.isFetching}
              error={checks.error}
              refused={refused}
              campaignYears={campaignYears}
              onRecheck={() => {
                setRefusal(undefined);
                setSubmitError(undefined);
                void checks.refetch();
              }}
              onShowField={showField}
            />
            {summary && <section aria-label="核对申报内容"><ApplicationContent content={summary} years={campaignYears} /></section>}
          </Space>
        )}
      </Form>
      {/* the failure of submitting shows next to its button: on the long last step the top is out of sight */}
      <Space orientation="vertical" style={{ display: 'flex', marginTop: 24 }}>
        {!refused && <ErrorAlert error={submitError} />}
        <Space>
          {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
          {!lastStep
            ? <Button type="primary" onClick={() => void next()}>下一步</Button>
            : (
              <Button type="primary" disabled={shownChecks?.ready !== true || checks.isFetching} onClick={() => void confirmSubmit()}>
                {supplement ? '重新提交' : '提交申报'}
              </Button>
            )}
        </Space>
      </Space>
    </Card>
  );
}

/** What the district asked to supplement, by when, and that the rest stays as handed in. */
function SupplementNotice({ parts, note, dueOn }: { parts: ApplicationPart[]; note?: string; dueOn?: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={`区人社部门要求补充：${partNames(parts)}${dueOn ? `（请于 ${formatDate(dueOn)} 前补充）` : ''}`}
      description={(
        <>
          {note && <Typography.Paragraph style={{ marginBottom: 4 }}>补充说明：{note}</Typography.Paragraph>}
          <Typography.Text>只能修改要求补充的内容，其他内容保持原样。</Typography.Text>
          {parts.includes('UNIT_PROFILE') && (
            <Typography.Text>单位基本信息取自单位档案，请在<Link to="/organisation">单位档案</Link>中更新，重新提交时一并报送。</Typography.Text>
          )}
        </>
      )}
    />
  );
}

/** Whether a refusal names fields, which are then shown at the fields rather than as one message. */
function hasFieldErrors(error: unknown): boolean {
  return error instanceof ProblemError && (error.fieldErrors.length > 0 || typeof error.problem.field === 'string');
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

const DISTRICT_RULE = '命名规则：大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌，例如：大连甘井子金港家政服务师劳务品牌';
const CITY_RULE = '命名规则：大连 + 企业名号 + 行业 + 工种 + 劳务品牌（不写区市县），例如：大连金港家政服务师劳务品牌';

/** Under a name field: the rule while it is empty, then the check of what is typed, once the typing pauses. */
function NameHint({ name, level, rule }: { name?: string; level: BrandLevel; rule: string }) {
  const { check, error, checking } = useNameCheck(name, level);
  let hint: ReactNode = rule;
  if (error) {
    hint = <Typography.Text type="danger">未能检查命名规则：{messageOf(error)}</Typography.Text>;
  } else if (checking) {
    hint = <Typography.Text type="secondary"><LoadingOutlined /> 正在检查命名规则…</Typography.Text>;
  } else if (check) {
    hint = <NameCheckResult check={check} />;
  }
  return <div aria-live="polite" style={{ marginTop: 4 }}>{hint}</div>;
}

function BasicInfoStep({ locked }: { locked: (path: NamePath) => boolean }) {
  const form = Form.useFormInstance<ApplicationFormValues>();
  const brandName = Form.useWatch('brandName', form);
  const cityBrandName = Form.useWatch('cityBrandName', form);
  const levels = Form.useWatch('requestedLevels', form) ?? [];
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item
          name="brandName"
          label="劳务品牌名称"
          extra={<NameHint name={brandName} level="DISTRICT" rule={DISTRICT_RULE} />}
          rules={[
            { required: true, whitespace: true, message: '请填写劳务品牌名称' },
            { max: BRAND_NAME_MAX, message: `劳务品牌名称不能超过 ${BRAND_NAME_MAX} 个字` },
          ]}
        >
          <Input disabled={locked(['brandName'])} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="requestedLevels"
          label="申报层级"
          extra="市级劳务品牌须在区级基础上申报：达到市级标准的，可同时申报区级和市级"
          rules={[
            { required: true, type: 'array', min: 1, message: '请至少选择一个申报层级（区级或市级）' },
            { validator: (_, value: BrandLevel[] | undefined) => {
              const problem = levelProblem(value ?? []);
              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
            } },
          ]}
        >
          <LevelChoice disabled={locked(['requestedLevels'])} />
        </Form.Item>
      </Col>
      {levels.includes('CITY') && (
        <Col xs={24} md={12}>
          <Form.Item
            name="cityBrandName"
            label="市级品牌名称"
            extra={<NameHint name={cityBrandName} level="CITY" rule={CITY_RULE} />}
            rules={[
              { required: true, whitespace: true, message: '同时申报市级时，请填写市级品牌名称' },
              { max: BRAND_NAME_MAX, message: `市级品牌名称不能超过 ${BRAND_NAME_MAX} 个字` },
            ]}
          >
            <Input disabled={locked(['cityBrandName'])} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24}>
        <Form.Item
          name="description"
          label="品牌简介"
          extra={`品牌的由来、特色工种、培训体系、就业渠道与成效等，不超过 ${DESCRIPTION_MAX} 字（换行不计）`}
          rules={[{
            validator: (_, value: string | undefined) => {
              const length = descriptionLength(value);
              return length > DESCRIPTION_MAX
                ? Promise.reject(new Error(`品牌简介不能超过 ${DESCRIPTION_MAX} 字，当前为 ${length} 字`))
                : Promise.resolve();
            },
          }]}
        >
          <Input.TextArea
            rows={6}
            disabled={locked(['description'])}
            count={{ max: DESCRIPTION_MAX, strategy: descriptionLength, show: ({ count }) => `已输入 ${count} / ${DESCRIPTION_MAX} 字` }}
          />
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
  disabled?: boolean;
  // given by the Form.Item around it
  id?: string;
  value?: number | boolean | null;
  onChange?: (value: unknown) => void;
}

/** The input of one figure, named for reading aloud (with its year where it has one). */
function FigureInput({ field, accessibleName, disabled, id, value, onChange }: FigureInputProps) {
  if (field.kind === 'yesno') {
    return (
      <Radio.Group
        id={id}
        value={value}
        onChange={onChange}
        disabled={disabled}
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
      disabled={disabled}
      aria-label={accessibleName}
      style={{ width: '100%' }}
      suffix={field.unit}
    />
  );
}

function YearsStep({ campaignYears, criteria, locked }: { campaignYears: number[]; criteria?: CriterionView[]; locked: boolean }) {
  return (
    <Space orientation="vertical" size="middle" style={{ display: 'flex' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        请分别填写 {campaignYears.join('、')} 年度的数据。企业经营管理人员不计入培训和就业人数。
        {locked && '（本次未要求补充，不能修改）'}
      </Typography.Paragraph>
      {campaignYears.map((year, index) => (
        <Card key={year} size="small" title={`${year}年度`}>
          <Row gutter={24}>
            {YEAR_FIELDS.map((field) => (
              <Col key={field.name} xs={24} md={12}>
                <Form.Item name={['years', index, field.name]} {...figureItemProps(field, criteria)}>
                  <FigureInput field={field} accessibleName={`${year}年度 ${labelOf(field)}`} disabled={locked} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
      ))}
    </Space>
  );
}

function LabourPracticeStep({ criteria, locked }: { criteria?: CriterionView[]; locked: boolean }) {
  return (
    <>
      {locked && <Typography.Paragraph type="secondary">本次未要求补充劳动权益保障情况，不能修改。</Typography.Paragraph>}
      <Row gutter={24}>
        {LABOUR_PRACTICE_FIELDS.map((field) => (
          <Col key={field.name} xs={24} md={12}>
            <Form.Item name={['labourPractice', field.name]} {...figureItemProps(field, criteria)}>
              <FigureInput field={field} accessibleName={labelOf(field)} disabled={locked} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}

/**
 * The two levels as check boxes in a labelled group, keeping the rule that the city level is asked on top of the
 * district level (ticking 市级 ticks 区级; 区级 stays while 市级 is ticked), with a note saying so. Form.Item marks its
 * control aria-required, which a group may not carry (each check box is the control), so it is left off here.
 */
function LevelChoice({ 'aria-required': _required, value, onChange, ...group }: CheckboxGroupProps<BrandLevel>) {
  const [note, setNote] = useState<string>();
  return (
    <>
      <Checkbox.Group<BrandLevel>
        {...group}
        value={value}
        onChange={(clicked) => {
          const after = levelsAfter(value ?? [], clicked);
          setNote(after.note);
          onChange?.(after.levels);
        }}
        role="group"
        aria-label="申报层级"
        options={(Object.keys(LEVELS) as BrandLevel[]).map((level) => ({ value: level, label: LEVELS[level] }))}
      />
      <div aria-live="polite">{note && <Typography.Text type="warning">{note}</Typography.Text>}</div>
    </>
  );
}
