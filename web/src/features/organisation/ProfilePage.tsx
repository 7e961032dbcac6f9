import { useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { CheckboxGroupProps } from 'antd/es/checkbox';
import type { Rule } from 'antd/es/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useSession } from '../../auth/session';
import { districtOptions, useDistricts } from '../../shared/districts';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDateTime } from '../../shared/format';
import { profileKeys, useOwnProfile, type ProfileView } from '../../shared/profile';
import { DECLARATIONS, UNIT_TYPES, type DeclarationKind, type UnitType } from '../../shared/vocabulary';
import {
  ACCOUNT_NUMBER, accountDigits, accountNameProblem, creditCodeProblem, declarationNote, EMAIL, MOBILE, OFFICE_PHONE,
  profileFieldErrors, toProfileFormValues, toProfileRequest, type ProfileFormValues,
} from './profileModel';

/** 单位档案: loads the unit's profile (or none yet) and the districts, then hands them to the form. */
export function ProfilePage() {
  const [savedAt, setSavedAt] = useState<Date>();
  const profile = useOwnProfile();
  const districts = useDistricts();
  const error = profile.error ?? districts.error;
  if (error) {
    return <Card><ErrorAlert error={error} /></Card>;
  }
  if (profile.data === undefined || !districts.data) {
    return <Card loading />;
  }
  // a new form for each stored version, so that what it shows is always what is stored
  return <ProfileForm key={profile.data?.version ?? 'new'} profile={profile.data} savedAt={savedAt} onSaved={() => setSavedAt(new Date())} />;
}

const required = (message: string): Rule => ({ required: true, whitespace: true, message });
const matching = (pattern: RegExp, message: string): Rule => ({
  validator: (_, value: string | undefined) => (!value?.trim() || pattern.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(message))),
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} style={{ marginBottom: 8 }}>
      <Typography.Title level={4}>{title}</Typography.Title>
      {children}
    </section>
  );
}

/**
 * The unit's profile in four sections: 单位信息, 联系方式, 补贴收款账户, 承诺事项. The credit code is the signed-in
 * unit's own; the mobile and the account number are shown masked and kept when left empty; the service's refusals
 * are shown at their fields.
 */
function ProfileForm({ profile, savedAt, onSaved }: { profile: ProfileView | null; savedAt?: Date; onSaved: () => void }) {
  const session = useSession()!;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const [form] = Form.useForm<ProfileFormValues>();
  const [initialValues] = useState(() => toProfileFormValues(profile, session.orgId));
  const legalName = useRef(initialValues.legalName);
  const first = profile === null;
  const save = useMutation({
    mutationFn: (values: ProfileFormValues) => unwrap(applicationApi.PUT('/api/organisations/me/profile', {
      params: { header: first ? {} : { 'If-Match': `"${profile.version}"` } },
      body: toProfileRequest(values),
    })),
    onSuccess: (saved) => {
      message.success('单位档案已保存');
      onSaved();
      queryClient.setQueryData(profileKeys.own, saved);
      // the applications' checks read the profile
      void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => {
      const fields = profileFieldErrors(error);
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
      if (fields.length > 0) form.scrollToField(fields[0].name, { focus: true });
    },
  });
  // a refusal placed at its fields is not repeated above them, except the edit made meanwhile elsewhere
  const shownAtFields = profileFieldErrors(save.error).length > 0;
  const stale = save.error instanceof ProblemError && save.error.status === 412;
  const declared = new Map(profile?.declarations?.map((declaration) => [declaration.kind!, declaration]));

  return (
    <Card>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ marginTop: 0 }}>单位档案</Typography.Title>
        {profile && (
          <Typography.Text type="secondary">最后保存 {formatDateTime(profile.updatedAt)}（{profile.updatedBy}）</Typography.Text>
        )}
      </Flex>
      <Space orientation="vertical" style={{ display: 'flex', marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          申报书中的单位名称、单位类型和注册地取自单位档案；一次性补助资金拨付到档案中登记的收款账户。手机号码和银行账号加密保存，仅显示部分号码。
        </Typography.Paragraph>
        {first && <Alert type="info" showIcon title="本单位尚未填写单位档案，请填写完整后保存，之后即可开始申报。" />}
        {(profile?.missingDeclarations?.length ?? 0) > 0 && (
          <Alert type="warning" showIcon title="尚有承诺事项未确认：全部确认后方可提交申报。" />
        )}
        {savedAt && !save.isError && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={`单位档案已保存（${formatDateTime(savedAt.toISOString())}）`}
            description="新的单位信息将用于此后提交的申报书。"
          />
        )}
        {!shownAtFields && <ErrorAlert error={save.error} title={stale ? '单位档案未能保存' : undefined} />}
        {stale && (
          <Button onClick={() => void queryClient.invalidateQueries({ queryKey: profileKeys.own })}>载入最新保存的单位档案</Button>
        )}
      </Space>
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        style={{ maxWidth: 960 }}
        scrollToFirstError={{ focus: true }}
        onValuesChange={(changed: ProfileFormValues) => {
          // the account is in the unit's name: the account name follows the legal name until it is changed on its own
          if (changed.legalName !== undefined) {
            const accountName = form.getFieldValue(['bankAccount', 'accountName']) as string | undefined;
            if (!accountName?.trim() || accountName.trim() === legalName.current?.trim()) {
              form.setFieldValue(['bankAccount', 'accountName'], changed.legalName);
            }
            legalName.current = changed.legalName;
          }
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Section title="单位信息">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="creditCode"
                label="统一社会信用代码"
                extra="取自您登录账号关联的单位，不能修改"
                rules={[{ validator: (_, value: string | undefined) => {
                  const problem = creditCodeProblem(value);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                } }]}
              >
                <Input readOnly variant="filled" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="legalName"
                label="单位名称"
                extra="与营业执照或法人登记证书上的名称一致"
                rules={[required('请填写单位名称'), { max: 200, message: '单位名称不能超过 200 个字' }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitType" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
                <Select<UnitType>
                  placeholder="请选择"
                  options={Object.entries(UNIT_TYPES).map(([value, label]) => ({ value: value as UnitType, label }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="district"
                label="注册地所在区市县或先导区"
                extra="申报书由注册地的人社部门受理；暂停受理的地区不能选择"
                rules={[{ required: true, message: '请选择注册地所在区市县或先导区' }]}
              >
                <Select<string> placeholder="请选择" options={districtOptions(districts.data)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="address" label="单位地址" rules={[required('请填写单位地址'), { max: 200, message: '单位地址不能超过 200 个字' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="personInCharge"
                label="负责人"
                rules={[required('请填写负责人姓名'), { max: 50, message: '负责人姓名不能超过 50 个字' }]}
              >
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </Section>
        <Section title="联系方式">
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="officePhone"
                label="办公电话"
                rules={[required('请填写办公电话'), matching(OFFICE_PHONE, '办公电话格式不正确，例如 0411-86651234')]}
              >
                <Input inputMode="tel" placeholder="例如 0411-86651234" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="mobile"
                label="手机号码"
                extra={profile?.mobileMasked ? `已登记 ${profile.mobileMasked}；如需更换请填写新号码，留空则保持不变` : undefined}
                rules={[
                  ...(first ? [required('首次填写单位档案时请填写手机号码')] : []),
                  matching(MOBILE, '手机号码应为 11 位数字，以 13–19 开头'),
                ]}
              >
                <Input inputMode="numeric" maxLength={11} placeholder={profile?.mobileMasked ?? '11 位手机号码'} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="email"
                label="联系邮箱"
                rules={[
                  required('请填写联系邮箱'),
                  { max: 100, message: '联系邮箱不能超过 100 个字符' },
                  matching(EMAIL, '联系邮箱格式不正确'),
                ]}
              >
                <Input inputMode="email" />
              </Form.Item>
            </Col>
          </Row>
        </Section>
        <Section title="补贴收款账户">
          <Typography.Paragraph type="secondary">
            认定为市级劳务品牌的，一次性补助资金只拨付到以本单位名称开立的账户：账户名称须与单位名称完全一致。
          </Typography.Paragraph>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['bankAccount', 'accountName']}
                label="账户名称"
                extra="默认与单位名称相同"
                required
                dependencies={['legalName']}
                rules={[{ validator: (_, value: string | undefined) => {
                  const problem = accountNameProblem(value, form.getFieldValue('legalName') as string | undefined);
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                } }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['bankAccount', 'bankName']}
                label="开户银行"
                rules={[required('请填写开户银行'), { max: 100, message: '开户银行不能超过 100 个字' }]}
              >
                <Input placeholder="例如 中国工商银行大连甘井子支行" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['bankAccount', 'number']}
                label="银行账号"
                extra={profile?.bankAccount?.numberMasked
                  ? `已登记 ${profile.bankAccount.numberMasked}；如需更换请填写新账号，留空则保持不变`
                  : '8 至 30 位数字'}
                rules={[
                  ...(first ? [required('首次填写单位档案时请填写银行账号')] : []),
                  { validator: (_, value: string | undefined) => (!accountDigits(value) || ACCOUNT_NUMBER.test(accountDigits(value))
                    ? Promise.resolve()
                    : Promise.reject(new Error('银行账号应为 8 至 30 位数字'))) },
                ]}
              >
                <Input inputMode="numeric" placeholder={profile?.bankAccount?.numberMasked ?? '8 至 30 位数字'} />
              </Form.Item>
            </Col>
          </Row>
        </Section>
        <Section title="承诺事项">
          <Typography.Paragraph type="secondary">申报单位须确认以下全部事项后方可提交申报；确认人和确认日期将记录在案。</Typography.Paragraph>
          <Form.Item name="declarations" label="本单位承诺">
            <DeclarationChoice notes={new Map([...declared].map(([kind, declaration]) => [kind, declarationNote(declaration)]))} />
          </Form.Item>
        </Section>
        <Space orientation="vertical" style={{ display: 'flex' }}>
          {shownAtFields && <ErrorAlert error={save.error} />}
          <Button type="primary" htmlType="submit" loading={save.isPending}>保存单位档案</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** The three declarations with their full text, each with who made it and when, once made. */
function DeclarationChoice({ notes, 'aria-required': _required, ...group }: CheckboxGroupProps<DeclarationKind> & {
  notes: Map<DeclarationKind, string | undefined>;
}) {
  return (
    <Checkbox.Group<DeclarationKind>
      {...group}
      role="group"
      aria-label="本单位承诺"
      style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
      options={(Object.keys(DECLARATIONS) as DeclarationKind[]).map((kind) => ({
        value: kind,
        label: (
          <>
            {DECLARATIONS[kind]}
            {notes.get(kind) && <Typography.Text type="secondary">（{notes.get(kind)}）</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}
