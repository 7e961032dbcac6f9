import { useState, type ReactNode } from 'react';
import { App, Alert, Button, Card, Descriptions, Space, Tabs, Tag, Typography, type TabsProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/problem';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useDistrictName } from '../../shared/districts';
import { formatDate, formatDateTime } from '../../shared/format';
import { downloadFile } from '../../shared/transfer';
import { brandRolesOf, type BrandRoles } from './brandRoles';
import { ExitDecisionModal } from './ExitDecisionModal';
import { fetchBrand, fileUrl, lifecycleKeys, type BrandLifecycleView, type BrandStatus } from './lifecycleApi';
import { ProvincialModal } from './ProvincialModal';
import { RectificationTab } from './RectificationPanel';
import { SubsidyPaidTag, SubsidySection } from './BrandSubsidies';
import { BrandResourcesTab } from '../resources/BrandResourcesTab';
import { BrandSupervisionTab } from '../supervision/BrandSupervisionTab';

export const BRAND_STATUS_COLORS: Record<BrandStatus, string> = { ACTIVE: 'success', RECTIFYING: 'warning', EXIT_PROPOSED: 'error', EXITED: 'default' };

/** What a tab of the brand page gets: the brand as it stands and what the reader may do on it. */
export interface BrandTabProps {
  brand: BrandLifecycleView;
  roles: BrandRoles;
}

/**
 * The tabs of the brand page, in order. A feature adds its own tab here (资源库与年报, 监督与回访): a key, a label and the
 * component that renders it from the brand and the reader's roles.
 */
export const BRAND_TABS: { key: string; label: string; render: (props: BrandTabProps) => ReactNode; shown?: (props: BrandTabProps) => boolean }[] = [
  { key: 'status', label: '证书与状态', render: (props) => <StatusTab {...props} /> },
  { key: 'rectification', label: '整改', render: (props) => <RectificationTab {...props} /> },
  { key: 'resources', label: '资源库与年报', render: ({ brand }) => <BrandResourcesTab brandId={brand.id} /> },
  // call-backs and inspections are the bureaus' supervision, not shown to the unit supervised
  { key: 'supervision', label: '监督与回访', render: ({ brand }) => <BrandSupervisionTab brandId={brand.id} />, shown: ({ roles }) => roles.reviewer },
];

/** 劳务品牌详情 at /brands/:id: the brand's certificate and status, its rectifications, and what each role does on them. */
export function BrandDetailPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const brand = useQuery({ queryKey: lifecycleKeys.brand(id), queryFn: () => fetchBrand(id) });
  const view = brand.data;
  const roles = view ? brandRolesOf(session, view) : undefined;
  const items: TabsProps['items'] = view && roles
    ? BRAND_TABS.filter((tab) => tab.shown?.({ brand: view, roles }) ?? true)
      .map((tab) => ({ key: tab.key, label: tab.label, children: tab.render({ brand: view, roles }) }))
    : [];
  return (
    <Card loading={brand.isLoading}>
      <div><Link to="/brands">← 返回劳务品牌证书</Link></div>
      <ErrorAlert error={brand.error} />
      {view && (
        <>
          <Space align="baseline" wrap style={{ marginTop: 8 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>{view.brandName}</Typography.Title>
            <Tag color={BRAND_STATUS_COLORS[view.status]}>{view.statusLabel}</Tag>
            <SubsidyPaidTag brand={view} />
            <Typography.Text type="secondary">{view.certificateNumber}</Typography.Text>
          </Space>
          <Tabs items={items} />
        </>
      )}
    </Card>
  );
}

/** 证书与状态: the certificate, the status under dynamic management, the provincial certification, the subsidies paid and the exit. */
function StatusTab({ brand, roles }: BrandTabProps) {
  const { message } = App.useApp();
  const districtName = useDistrictName();
  const [recording, setRecording] = useState(false);
  const [exiting, setExiting] = useState(false);
  const provincial = brand.provincialCertification;
  const exit = brand.exit;
  const download = (url: string, name: string) => downloadFile(url, name).catch((error: unknown) => void message.error(messageOf(error)));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions bordered column={2} items={[
        { key: 'number', label: '证书编号', children: brand.certificateNumber },
        { key: 'level', label: '认定级别', children: <Tag color="geekblue">{brand.levelLabel}</Tag> },
        { key: 'unit', label: '建设单位', children: brand.unitName },
        { key: 'district', label: '所在地区', children: districtName(brand.district) },
        { key: 'certified', label: '认定日期', children: formatDate(brand.certifiedOn) },
        { key: 'status', label: '状态', children: <Tag color={BRAND_STATUS_COLORS[brand.status]}>{brand.statusLabel}</Tag> },
      ]} />
      <Button icon={<DownloadOutlined />} onClick={() => void download(`/api/brands/${brand.id}/certificate.pdf`, `劳务品牌证书-${brand.certificateNumber}.pdf`)}>
        下载证书
      </Button>
      <Card size="small" title="省级认定" extra={roles.leadingGroup && !provincial && brand.level === 'CITY' && brand.status !== 'EXITED' && (
        <Button type="primary" onClick={() => setRecording(true)}>录入省级认定</Button>
      )}>
        {provincial ? (
          <Descriptions column={2} size="small" items={[
            { key: 'reference', label: '决定文号', children: provincial.decisionReference },
            { key: 'decided', label: '认定日期', children: formatDate(provincial.decidedOn) },
            { key: 'recorded', label: '录入', children: `${provincial.recordedBy}，${formatDateTime(provincial.recordedAt)}` },
            { key: 'document', label: '认定文件', children: provincial.document
              ? <Button type="link" size="small" onClick={() => void download(fileUrl(brand.id, provincial.document!.id), provincial.document!.name)}>{provincial.document.name}</Button>
              : '—' },
          ]} />
        ) : (
          <Typography.Text type="secondary">{brand.level === 'CITY' ? '尚未录入省级认定。' : '省级认定记录在市级劳务品牌上；区级劳务品牌须先认定为市级。'}</Typography.Text>
        )}
      </Card>
      <SubsidySection brand={brand} />
      {exit && (
        <Card size="small" title="退出" extra={roles.leadingGroup && !exit.decidedOn && (
          <Button danger type="primary" onClick={() => setExiting(true)}>作出退出决定</Button>
        )}>
          <Descriptions column={2} size="small" items={[
            { key: 'cause', label: '退出建议', children: `${exit.causeLabel}（${formatDate(exit.proposedOn)}，${exit.proposedBy === 'system' ? '系统' : exit.proposedBy}）` },
            { key: 'decision', label: '退出决定', children: exit.decidedOn ? `${exit.decisionReference}（${formatDate(exit.decidedOn)}）` : '待市就业工作领导小组审定' },
          ]} />
        </Card>
      )}
      {brand.status === 'EXITED' && <Alert type="warning" showIcon title="该劳务品牌已退出，已从公开名录中移除，证书查验显示“已退出”。" />}
      <ProvincialModal brandId={brand.id} brandName={brand.brandName} open={recording} onClose={() => setRecording(false)} />
      <ExitDecisionModal brandId={brand.id} brandName={brand.brandName} open={exiting} onClose={() => setExiting(false)} />
    </Space>
  );
}
