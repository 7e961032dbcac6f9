import { Button, Card, Table, Typography } from 'antd';
import { formatDate } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { levelNames } from '../../shared/vocabulary';
import { paragraphsOf, type ListedBrand, type PublicNotice } from './objectionModel';

/** One notice (公示) as its district bureau published it: title, text, the list of brands, the signatory and date. */
export function NoticeDocument({ notice, onObject }: { notice: PublicNotice; onObject: (brand: ListedBrand) => void }) {
  const districtName = useDistrictName();
  return (
    <Card style={{ marginBottom: 24 }}>
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>{notice.title}</Typography.Title>
      {paragraphsOf(notice.body).map((paragraph) => (
        <Typography.Paragraph key={paragraph} style={{ textIndent: '2em' }}>{paragraph}</Typography.Paragraph>
      ))}
      <Table<ListedBrand>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={notice.entries}
        locale={{ emptyText: '名单中暂无劳务品牌' }}
        columns={[
          { title: '序号', key: 'position', width: 64, render: (_, _brand, index) => index + 1 },
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '申报单位', dataIndex: 'unitName' },
          { title: '拟认定层级', dataIndex: 'levels', render: (levels: ListedBrand['levels']) => levelNames(levels) },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          {
            title: '异议',
            key: 'object',
            render: (_, brand) => (
              <Button size="small" onClick={() => onObject(brand)} aria-label={`对「${brand.brandName}」提出异议`}>
                我要提出异议
              </Button>
            ),
          },
        ]}
      />
      <div style={{ textAlign: 'right', marginTop: 24 }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{notice.issuer}</Typography.Paragraph>
        <Typography.Paragraph>{formatDate(notice.startsOn)}</Typography.Paragraph>
      </div>
    </Card>
  );
}
