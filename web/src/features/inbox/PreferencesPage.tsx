import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { fetchPreferences, preferenceKeys, savePreferences, type Preference } from './preferencesApi';
import { changed, choices, groupByCategory, switched } from './preferencesModel';

const LEGAL_NOTICE = '具有法律效力的通知（审核决定、不予认定、限期整改等）始终通过站内消息和电子邮件送达。';

/** 通知设置: which kinds of message reach the person (or, for an applicant, the unit's contacts) by e-mail and SMS. */
export function PreferencesPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saved = useQuery({ queryKey: preferenceKeys.all, queryFn: fetchPreferences });
  // the person's edits since the page loaded or last saved; none while they match what is saved
  const [edited, setEdited] = useState<Preference[] | undefined>();
  const shown = edited ?? saved.data?.items ?? [];
  const save = useMutation({
    mutationFn: () => savePreferences(choices(shown)),
    onSuccess: (answer) => {
      queryClient.setQueryData(preferenceKeys.all, answer);
      setEdited(undefined);
      void message.success('通知设置已保存');
    },
  });
  const change = (kind: string, channel: 'email' | 'sms', on: boolean) =>
    setEdited(shown.map((preference) => (preference.kind === kind ? switched(preference, channel, on) : preference)));

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>通知设置</Typography.Title>
      <Typography.Paragraph type="secondary">
        每条消息都会进入<Link to="/inbox">消息中心</Link>；可在此选择哪些消息同时通过电子邮件、短信发送。{LEGAL_NOTICE}
        申报单位的邮件和短信发往单位档案中的联系邮箱和手机号码。
      </Typography.Paragraph>
      <ErrorAlert error={saved.error ?? save.error} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {groupByCategory(shown).map((group) => (
          <div key={group.category}>
            <Typography.Title level={4} id={`preferences-${group.category}`}>{group.title}</Typography.Title>
            <Table<Preference>
              aria-labelledby={`preferences-${group.category}`}
              rowKey="kind"
              size="small"
              pagination={false}
              loading={saved.isLoading}
              dataSource={group.preferences}
              columns={[
                {
                  title: '消息类型', dataIndex: 'label',
                  render: (label: string, preference) => (
                    <>{label}{preference.legalWeight && <Tooltip title={LEGAL_NOTICE}><Tag color="red" style={{ marginLeft: 8 }}>法定送达</Tag></Tooltip>}</>
                  ),
                },
                {
                  title: '站内消息', dataIndex: 'inApp', width: 120,
                  render: (_: boolean, preference) => <Switch checked disabled aria-label={`${preference.label}：站内消息`} />,
                },
                {
                  title: '电子邮件', dataIndex: 'email', width: 120,
                  render: (email: boolean, preference) => (
                    <Switch checked={email} disabled={preference.emailRequired} aria-label={`${preference.label}：电子邮件`}
                      onChange={(on) => change(preference.kind, 'email', on)} />
                  ),
                },
                {
                  title: '短信', dataIndex: 'sms', width: 120,
                  render: (sms: boolean, preference) => (
                    <Switch checked={sms} aria-label={`${preference.label}：短信`} onChange={(on) => change(preference.kind, 'sms', on)} />
                  ),
                },
              ]}
            />
          </div>
        ))}
        <Space>
          <Button type="primary" loading={save.isPending} disabled={!edited || !changed(saved.data?.items ?? [], shown)}
            onClick={() => save.mutate()}>
            保存设置
          </Button>
          <Button disabled={!edited} onClick={() => setEdited(undefined)}>撤销修改</Button>
        </Space>
      </Space>
    </Card>
  );
}
