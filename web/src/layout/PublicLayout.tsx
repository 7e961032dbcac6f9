import { Layout, Menu, Button, Space, Typography } from 'antd';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from 'react-oidc-context';
import { useSession } from '../auth/session';
import { Brand } from './Brand';

/** The pages anyone may use without signing in: the public notice (and objecting to it), the register of certified brands. */
export function PublicLayout() {
  const auth = useAuth();
  const session = useSession();
  const location = useLocation();
  const selected = ['brands', 'objections'].find((tab) => location.pathname.startsWith(`/public/${tab}`)) ?? 'notices';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#001529' }}>
        <Brand />
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0 }}
          items={[
            { key: 'notices', label: <Link to="/public/notices">公示公告</Link> },
            { key: 'brands', label: <Link to="/public/brands">劳务品牌名录</Link> },
            { key: 'objections', label: <Link to="/public/objections">异议查询</Link> },
          ]}
        />
        {session ? (
          <Space>
            <Typography.Text style={{ color: '#fff' }}>{session.name}</Typography.Text>
            <Link to="/workbench"><Button type="primary">进入工作台</Button></Link>
          </Space>
        ) : (
          <Button type="primary" onClick={() => void auth.signinRedirect({ state: { returnTo: '/workbench' } })}>
            登录
          </Button>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: '24px 48px' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', color: '#595959' }}>
        大连市就业工作领导小组办公室 · 大连市人力资源和社会保障局　依据《关于开展劳务品牌申报认定工作的通知》（大就办发〔2022〕9号）
      </Layout.Footer>
    </Layout>
  );
}
