import { Card, Descriptions, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatDate } from '../../shared/format';
import { fetchVerification, STATUS_COLORS } from './verification';

/** 证书查验: where a certificate's QR code leads; the certificate's live status as a large tag and the few facts it names. */
export function VerificationPage() {
  const { number = '' } = useParams();
  const verification = useQuery({ queryKey: ['public', 'verify', number], queryFn: () => fetchVerification(number), retry: false });
  const found = verification.data;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>劳务品牌证书查验</Typography.Title>
      <Typography.Paragraph type="secondary">
        证书编号 <Typography.Text code>{number}</Typography.Text>。以下为本平台登记的该证书当前状态，以此页面显示为准。
      </Typography.Paragraph>
      {verification.isPending && <Spin description="正在查验…"><div style={{ minHeight: 80 }} /></Spin>}
      <ErrorAlert error={verification.error} title="未能查验该证书" />
      {found && (
        <>
          <div style={{ margin: '8px 0 24px' }}>
            <Tag color={found.status ? STATUS_COLORS[found.status] : undefined} style={{ fontSize: 24, lineHeight: '40px', padding: '0 20px' }} data-testid="certificate-status">
              {found.statusLabel}
            </Tag>
          </div>
          <Descriptions bordered column={1} title="证书信息">
            <Descriptions.Item label="证书编号">{found.certificateNumber}</Descriptions.Item>
            <Descriptions.Item label="劳务品牌名称">{found.brandName}</Descriptions.Item>
            <Descriptions.Item label="建设单位">{found.unitName}</Descriptions.Item>
            <Descriptions.Item label="品牌层级">{found.levelLabel}</Descriptions.Item>
            <Descriptions.Item label="认定日期">{formatDate(found.certifiedOn)}</Descriptions.Item>
          </Descriptions>
        </>
      )}
      <Typography.Paragraph style={{ marginTop: 24 }}><Link to="/public/brands">查看劳务品牌名录</Link></Typography.Paragraph>
    </Card>
  );
}
