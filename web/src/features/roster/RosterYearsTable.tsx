import { Table, Typography } from 'antd';
import { excludedOf, exclusionText, formatPeople, yearsInOrder, type RosterImport, type RosterYear } from './rosterModel';

/**
 * 花名册逐年统计: per year, everyone the roster lists and what the counting rules count of them (trained, passed,
 * employed, employed after the special training), and who is left out by which rule.
 */
export function RosterYearsTable({ imported }: { imported?: RosterImport | null }) {
  return (
    <Table<RosterYear>
      rowKey={(year) => String(year.year)}
      size="small"
      pagination={false}
      bordered
      dataSource={yearsInOrder(imported)}
      scroll={{ x: 900 }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 80, render: (year: number) => `${year}年` },
        { title: '列出人数', dataIndex: 'listed', align: 'right', render: formatPeople },
        {
          title: '计入人数',
          children: [
            { title: '培训', dataIndex: 'trainedCount', align: 'right', render: formatPeople },
            { title: '培训合格', dataIndex: 'passedCount', align: 'right', render: formatPeople },
            { title: '就业', dataIndex: 'employedCount', align: 'right', render: formatPeople },
            { title: '特色培训后就业', dataIndex: 'speciallyTrainedEmployedCount', align: 'right', render: formatPeople },
          ],
        },
        {
          title: '不计入',
          key: 'excluded',
          render: (_: unknown, year: RosterYear) => (excludedOf(year) > 0
            ? <Typography.Text>{`${excludedOf(year)} 人：${exclusionText(year)}`}</Typography.Text>
            : <Typography.Text type="secondary">无</Typography.Text>),
        },
      ]}
    />
  );
}
