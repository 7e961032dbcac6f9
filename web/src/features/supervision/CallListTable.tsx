import { App, Button, Select, Table, Tag } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { messageOf } from '../../api/problem';
import { recordOutcome, supervisionKeys, type Call, type CallList } from './supervisionApi';
import { OUTCOME_OPTIONS, choiceOf, outcomeRequestOf, type OutcomeChoice } from './supervisionModel';
import { RevealDialog } from './RevealDialog';

/**
 * A quarter's call list: each worker masked as application-service masked them; the district's reviewer reveals one
 * number at a time (with a reason) and picks each call's outcome. The city reads it only.
 */
export function CallListTable({ brandId, callList, canCall }: { brandId: string; callList: CallList; canCall: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [revealing, setRevealing] = useState<Call | undefined>();
  const outcome = useMutation({
    mutationFn: ({ position, choice }: { position: number; choice: OutcomeChoice }) =>
      recordOutcome(brandId, callList.quarter, position, outcomeRequestOf(choice)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.callList(brandId, callList.quarter) });
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.summaries(brandId) });
    },
    onError: (error) => message.error(messageOf(error)),
  });

  return (
    <>
      <Table<Call>
        rowKey="position"
        size="small"
        pagination={false}
        dataSource={callList.calls}
        columns={[
          { title: '序号', dataIndex: 'position', width: 64 },
          { title: '姓名', dataIndex: 'maskedName' },
          { title: '手机号码', dataIndex: 'maskedPhone' },
          { title: '年度', dataIndex: 'year', width: 72 },
          { title: '用工单位', dataIndex: 'employer' },
          {
            title: '号码',
            key: 'reveal',
            render: (_: unknown, call) => (
              <>
                {canCall && (
                  <Button size="small" icon={<PhoneOutlined />} onClick={() => setRevealing(call)} aria-label={`查看号码（第 ${call.position} 位）`}>
                    查看号码
                  </Button>
                )}
                {call.reveals > 0 && <Tag style={{ marginLeft: 8 }}>已查看 {call.reveals} 次</Tag>}
              </>
            ),
          },
          {
            title: '回访结果',
            key: 'outcome',
            render: (_: unknown, call) => canCall ? (
              <Select<OutcomeChoice>
                style={{ minWidth: 220 }}
                placeholder="待回访"
                aria-label={`回访结果（第 ${call.position} 位）`}
                value={choiceOf(call)}
                options={OUTCOME_OPTIONS}
                disabled={outcome.isPending}
                onChange={(choice) => outcome.mutate({ position: call.position, choice })}
              />
            ) : (OUTCOME_OPTIONS.find((option) => option.value === choiceOf(call))?.label ?? '待回访'),
          },
        ]}
      />
      {revealing && <RevealDialog brandId={brandId} quarter={callList.quarter} call={revealing} onClose={() => setRevealing(undefined)} />}
    </>
  );
}
