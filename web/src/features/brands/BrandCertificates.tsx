import { App, Button, Card, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { registryApi, unwrap } from '../../api/client';
import type { Page } from '../../api/paging';
import type { components } from '../../api/generated/brand-registry-service';
import { messageOf } from '../../api/problem';
import { PagedTable } from '../../shared/PagedTable';
import { formatDate } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { downloadFile } from '../../shared/transfer';
import { SubsidyPaidCell } from './BrandSubsidies';
import type { WithPaidSubsidies } from './subsidyTypes';

type Brand = Omit<components['schemas']['BrandView'], 'subsidies' | 'subsidyPaid'> & WithPaidSubsidies;

const STATUS_COLORS: Record<NonNullable<Brand['status']>, string> = { ACTIVE: 'success', RECTIFYING: 'warning', EXIT_PROPOSED: 'warning', EXITED: 'default' };

/**
 * 劳务品牌证书: the certified brands the person may read in full (a unit its own, a district bureau its district's, city
 * staff all), each with its certificate to download as the PDF the registry renders.
 */
export function BrandCertificates() {
  const { message } = App.useApp();
  const districtName = useDistrictName();
  const [busy, setBusy] = useState<string | undefined>();

  async function download(brand: Brand) {
    if (!brand.id) return;
    setBusy(brand.id);
    try {
      await downloadFile(`/api/brands/${brand.id}/certificate.pdf`, `劳务品牌证书-${brand.certificateNumber ?? ''}.pdf`);
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>劳务品牌证书</Typography.Title>
      <Typography.Paragraph type="secondary">
        已认定的劳务品牌及其证书。证书上的二维码指向公开查验页面，扫码可查看证书当前状态（有效、整改中或已退出）。
      </Typography.Paragraph>
      <PagedTable<Brand>
        queryKey={['brands', 'in-scope']}
        fetchPage={(page) => unwrap(registryApi.GET('/api/brands', { params: { query: page } })) as Promise<Page<Brand>>}
        rowKey="id"
        emptyText="暂无已认定的劳务品牌"
        columns={[
          { title: '证书编号', dataIndex: 'certificateNumber' },
          { title: '劳务品牌名称', dataIndex: 'brandName', render: (name: string, brand) => <Link to={`/brands/${brand.id}`}>{name}</Link> },
          { title: '建设单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          { title: '认定级别', dataIndex: 'levelLabel', render: (label: string) => <Tag color="geekblue">{label}</Tag> },
          { title: '认定日期', dataIndex: 'certifiedOn', render: (date: string) => formatDate(date) },
          { title: '状态', dataIndex: 'statusLabel', render: (label: string, brand) => <Tag color={brand.status ? STATUS_COLORS[brand.status] : undefined}>{label}</Tag> },
          { title: '奖补资金', key: 'subsidies', render: (_: unknown, brand) => <SubsidyPaidCell brand={brand} /> },
          {
            title: '证书',
            key: 'certificate',
            render: (_: unknown, brand) => (
              <Button size="small" icon={<DownloadOutlined />} loading={busy === brand.id} onClick={() => void download(brand)}
                aria-label={`下载证书 ${brand.certificateNumber ?? ''}`}>
                下载证书
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
