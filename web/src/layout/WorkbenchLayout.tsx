import { Layout, Menu, Badge, Button, Space, Tag, Typography, type MenuProps } from 'antd';
import {
  AccountBookOutlined, AlertOutlined, AuditOutlined, BankOutlined, BarChartOutlined, BellOutlined, BookOutlined, ControlOutlined, FileAddOutlined, FileDoneOutlined, FileTextOutlined, GlobalOutlined,
  MessageOutlined, MoneyCollectOutlined, OrderedListOutlined, ReconciliationOutlined, SafetyCertificateOutlined, SettingOutlined, StopOutlined,
  SendOutlined, TransactionOutlined, TrophyOutlined,
} from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { useQuery } from '@tanstack/react-query';
import { notificationApi, unwrap } from '../api/client';
import { useSession } from '../auth/session';
import { FINANCE_ROLES, REVIEWER_ROLES, ROLE_NAMES, type Role } from '../auth/roles';
import { Brand } from './Brand';

type MenuItem = Required<MenuProps>['items'][number] & { key: string; children?: MenuItem[] };

const BRANDS_MENU = 'brands-menu';

/** An area's entries under one submenu; an area with a single entry for the person shows it as a plain entry. */
function submenu(key: string, icon: ReactNode, label: string, entries: MenuItem[]): MenuItem[] {
  return entries.length > 1 ? [{ key, icon, label, children: entries }] : entries;
}

/** The side menu shows what the person's roles may do, nothing else. */
function menuFor(roles: Role[], unread: number): MenuItem[] {
  const has = (...wanted: Role[]) => roles.some((role) => wanted.includes(role));
  const items: MenuItem[] = [];
  if (has('APPLICANT')) {
    items.push({ key: '/applications', icon: <FileTextOutlined />, label: <Link to="/applications">我的申报</Link> });
    items.push({ key: '/applications/new', icon: <FileAddOutlined />, label: <Link to="/applications/new">新建申报</Link> });
    items.push({ key: '/organisation', icon: <BankOutlined />, label: <Link to="/organisation">单位档案</Link> });
  }
  if (has(...REVIEWER_ROLES)) {
    items.push({ key: '/reviews', icon: <AuditOutlined />, label: <Link to="/reviews">评审案件</Link> });
    items.push({ key: '/reviews/progress', icon: <BarChartOutlined />, label: <Link to="/reviews/progress">区级进度</Link> });
  }
  if (has('CITY_REVIEWER', 'LEADING_GROUP')) {
    items.push({ key: '/reviews/ranking', icon: <OrderedListOutlined />, label: <Link to="/reviews/ranking">市级推荐排序</Link> });
  }
  if (has('DISTRICT_REVIEWER')) {
    items.push({ key: '/objections', icon: <MessageOutlined />, label: <Link to="/objections">公示异议</Link> });
  }
  const brands: MenuItem[] = [];
  if (has('APPLICANT', ...REVIEWER_ROLES, 'OPERATOR')) {
    brands.push({ key: '/brands', icon: <SafetyCertificateOutlined />, label: <Link to="/brands">劳务品牌证书</Link> });
  }
  if (has('DISTRICT_REVIEWER')) {
    brands.push({ key: '/brands/yearly-reports', icon: <FileDoneOutlined />, label: <Link to="/brands/yearly-reports">年报审核</Link> });
  }
  if (has('CITY_REVIEWER', 'LEADING_GROUP')) {
    brands.push({ key: '/brands/catalogue', icon: <BookOutlined />, label: <Link to="/brands/catalogue">行业指导目录</Link> });
  }
  if (has('DISTRICT_REVIEWER', 'CITY_REVIEWER')) {
    brands.push({ key: '/brands/rectifications', icon: <AlertOutlined />, label: <Link to="/brands/rectifications">整改督办</Link> });
  }
  if (has('LEADING_GROUP')) {
    brands.push({ key: '/brands/exit-proposals', icon: <StopOutlined />, label: <Link to="/brands/exit-proposals">退出审定</Link> });
  }
  items.push(...submenu(BRANDS_MENU, <TrophyOutlined />, '劳务品牌管理', brands));
  if (has(...FINANCE_ROLES)) {
    items.push({ key: '/subsidies', icon: <MoneyCollectOutlined />, label: <Link to="/subsidies">补贴资金</Link> });
    items.push({ key: '/subsidies/batches', icon: <AuditOutlined />, label: <Link to="/subsidies/batches">支付批次</Link> });
    items.push({ key: '/subsidies/payments', icon: <TransactionOutlined />, label: <Link to="/subsidies/payments">支付状态</Link> });
    items.push({ key: '/subsidies/statements', icon: <ReconciliationOutlined />, label: <Link to="/subsidies/statements">对账</Link> });
    items.push({ key: '/subsidies/budgets', icon: <AccountBookOutlined />, label: <Link to="/subsidies/budgets">预算管理</Link> });
  }
  if (has('OPERATOR')) {
    items.push({ key: '/operations', icon: <SettingOutlined />, label: <Link to="/operations">运维管理</Link> });
    items.push({ key: '/operations/deliveries', icon: <SendOutlined />, label: <Link to="/operations/deliveries">消息投递</Link> });
  }
  items.push({
    key: '/inbox',
    icon: <BellOutlined />,
    label: <Link to="/inbox">消息中心 <Badge count={unread} size="small" offset={[6, -2]} /></Link>,
  });
  items.push({ key: '/inbox/preferences', icon: <ControlOutlined />, label: <Link to="/inbox/preferences">通知设置</Link> });
  items.push({ key: '/public', icon: <GlobalOutlined />, label: <Link to="/public/notices">公示与名录</Link> });
  return items;
}

/** The number of unread messages, asked again every half minute. */
export function useUnreadCount(): number {
  const { data } = useQuery({
    queryKey: ['inbox', 'unread'],
    queryFn: () => unwrap(notificationApi.GET('/api/notifications/unread')),
    refetchInterval: 30_000,
  });
  return data?.unread ?? 0;
}

/**
 * The submenus open: those the person opened, and the one holding the page's entry whenever the page changes to it
 * (a brand opened from the inbox shows 劳务品牌管理 open at 劳务品牌证书).
 */
function useOpenKeys(items: MenuItem[], selected: string | undefined) {
  const holding = items.find((item) => item.children?.some((child) => child.key === selected))?.key;
  const [keys, setKeys] = useState<string[]>(holding ? [holding] : []);
  const [shownFor, setShownFor] = useState(selected);
  if (shownFor !== selected) {
    setShownFor(selected);
    if (holding && !keys.includes(holding)) setKeys([...keys, holding]);
  }
  return { keys, change: setKeys };
}

/** The signed-in workbench: side menu by role, the person and sign-out on top, the page below. */
export function WorkbenchLayout() {
  const auth = useAuth();
  const session = useSession()!;
  const location = useLocation();
  const unread = useUnreadCount();
  const items = menuFor(session.roles, unread);
  // the longest menu key the address starts with is the page's own entry (/brands/:id is 劳务品牌证书's)
  const selected = items.flatMap((item) => item.children ?? [item]).map((item) => item.key)
    .filter((key) => location.pathname.startsWith(key)).sort((a, b) => b.length - a.length)[0];
  const openKeys = useOpenKeys(items, selected);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} breakpoint="lg" collapsedWidth={0} theme="dark">
        <div style={{ padding: '18px 16px' }}><Brand compact /></div>
        <nav aria-label="主菜单">
          <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items}
            openKeys={openKeys.keys} onOpenChange={openKeys.change} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'flex-end', alignItems: 'center' }}>
          <Space size="middle">
            <Link to="/inbox" aria-label={`消息中心，${unread} 条未读`}>
              <Badge count={unread} size="small"><BellOutlined style={{ fontSize: 18 }} /></Badge>
            </Link>
            <Typography.Text strong>{session.name}</Typography.Text>
            {session.roles.map((role) => <Tag key={role} color="blue">{ROLE_NAMES[role]}</Tag>)}
            <Button onClick={() => void auth.signoutRedirect()}>退出登录</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
