import { Card, Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { NoticeList } from './NoticeList';
import { BrandRegister } from './BrandRegister';

/** The front page: the notices running now and the register of certified brands, readable by anyone. */
export function PublicHome({ tab }: { tab: 'notices' | 'brands' }) {
  const navigate = useNavigate();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>劳务品牌公示与名录</Typography.Title>
      <Typography.Paragraph type="secondary">
        经区市县人社部门初审、实地查验后择优推荐的劳务品牌，公示期为 5 个工作日。公示期间如有异议，请向所在区市县人社部门反映。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(key === 'brands' ? '/public/brands' : '/public/notices')}
        items={[
          { key: 'notices', label: '公示公告', children: <NoticeList /> },
          { key: 'brands', label: '劳务品牌名录', children: <BrandRegister /> },
        ]}
      />
    </Card>
  );
}
