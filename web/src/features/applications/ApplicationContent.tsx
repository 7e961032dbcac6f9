import { Descriptions, Table, Typography } from 'antd';
import { levelNames } from '../../shared/vocabulary';
import { displayOf, LABOUR_PRACTICE_FIELDS, YEAR_FIELDS, type ApplicationView, type YearField } from './formModel';

type Content = Pick<ApplicationView, 'brandName' | 'cityBrandName' | 'description' | 'requestedLevels' | 'declaredYears' | 'labourPractice'>;

const MISSING = <Typography.Text type="danger">未填写完整</Typography.Text>;

/** What an application says (Attachment 1): the brand, each year's figures side by side, the labour practices. */
export function ApplicationContent({ content, years }: { content: Content; years: number[] }) {
  const figuresOf = (year: number) => content.declaredYears?.find((declared) => declared.year === year);
  const practice = content.labourPractice;
  return (
    <>
      <Descriptions
        title="基本信息"
        bordered
        size="small"
        column={2}
        items={[
          { key: 'brandName', label: '劳务品牌名称', children: content.brandName },
          { key: 'requestedLevels', label: '申报层级', children: levelNames(content.requestedLevels) },
          ...(content.requestedLevels?.includes('CITY')
            ? [{ key: 'cityBrandName', label: '市级品牌名称', span: 2, children: content.cityBrandName || MISSING }]
            : []),
          {
            key: 'description',
            label: '品牌简介',
            span: 2,
            children: content.description
              ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{content.description}</Typography.Paragraph>
              : MISSING,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>培训就业情况</Typography.Title>
      <Table<YearField>
        rowKey="name"
        size="small"
        bordered
        pagination={false}
        dataSource={YEAR_FIELDS}
        columns={[
          { title: '项目', dataIndex: 'label' },
          ...years.map((year) => ({
            title: `${year}年度`,
            key: year,
            render: (_: unknown, field: YearField) => {
              const figures = figuresOf(year);
              return figures ? displayOf(field, figures[field.name]) : MISSING;
            },
          })),
        ]}
      />
      <Descriptions
        title="劳动用工情况"
        style={{ marginTop: 24 }}
        bordered
        size="small"
        column={1}
        items={practice
          ? LABOUR_PRACTICE_FIELDS.map((field) => ({ key: field.name, label: field.label, children: displayOf(field, practice[field.name]) }))
          : [{ key: 'missing', label: '劳动用工情况', children: MISSING }]}
      />
    </>
  );
}
