import { App, Switch, Table, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { applicationApi, unwrap } from '../../api/client';
import { messageOf } from '../../api/problem';
import { DISTRICT_KINDS, districtKeys, useDistricts, type District } from '../../shared/districts';
import { ErrorAlert } from '../../shared/ErrorAlert';

/**
 * 区市县与先导区: the places applications are made in, as every screen names them; an operator stops or starts a
 * place's accepting applications (a change of the version shown, If-Match).
 */
export function DistrictTable() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const districts = useDistricts();
  const change = useMutation({
    mutationFn: ({ district, accepting }: { district: District; accepting: boolean }) => unwrap(applicationApi.PUT('/api/districts/{code}', {
      params: { path: { code: district.code! }, header: { 'If-Match': `"${district.version}"` } },
      body: { name: district.name!, shortName: district.shortName!, acceptingApplications: accepting },
    })),
    onSuccess: (changed) => {
      message.success(changed.acceptingApplications ? `${changed.name}已恢复受理申报` : `${changed.name}已暂停受理申报`);
    },
    onError: (error) => message.error(messageOf(error)),
    // after a refusal too: a 412 means someone else changed the list
    onSettled: () => queryClient.invalidateQueries({ queryKey: districtKeys.all }),
  });
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>区市县与先导区</Typography.Title>
      <Typography.Paragraph type="secondary">
        申报单位按注册地选择区市县或先导区，由当地人社部门受理。暂停受理后，该地区的单位不能再提交申报，已提交的申报不受影响。
      </Typography.Paragraph>
      <ErrorAlert error={districts.error} />
      <Table<District>
        rowKey="code"
        size="small"
        pagination={false}
        loading={districts.isLoading}
        dataSource={[...(districts.data ?? [])].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0))}
        locale={{ emptyText: '尚未载入区市县列表' }}
        columns={[
          { title: '代码', dataIndex: 'code', width: 110 },
          { title: '名称', dataIndex: 'name' },
          { title: '简称', dataIndex: 'shortName' },
          {
            title: '类型',
            dataIndex: 'kind',
            render: (kind: District['kind']) => <Tag color={kind === 'PILOT_ZONE' ? 'purple' : 'blue'}>{DISTRICT_KINDS[kind!] ?? kind}</Tag>,
          },
          {
            title: '受理申报',
            dataIndex: 'acceptingApplications',
            render: (accepting: boolean, district) => (
              <Switch
                checked={accepting}
                checkedChildren="受理"
                unCheckedChildren="暂停"
                aria-label={`${district.name}受理申报`}
                loading={change.isPending && change.variables?.district.code === district.code}
                onChange={(checked) => change.mutate({ district, accepting: checked })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
