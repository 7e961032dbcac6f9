import { Card, Tabs, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { NoticeList } from './NoticeList';
import { BrandRegister } from './BrandRegister';
import { ReceiptLookup } from './ReceiptLookup';

export type PublicTab = 'notices' | 'brands' | 'objections';

const PATHS: Record<PublicTab, string> = { notices: '/public/notices', brands: '/public/brands', objections: '/public/objections' };

/** The front page: the notices running now, the register of certified brands and the look-up of an objection, for anyone. */
export function PublicHome({ tab }: { tab: PublicTab }) {
  const navigate = useNavigate();
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>劳务品牌公示与名录</Typography.Title>
      <Typography.Paragraph type="secondary">
        经区市县人社部门初审、实地查验后择优推荐的劳务品牌，公示期为 5 个工作日。公示期间对公示的劳务品牌有异议的，可点击该品牌后的「我要提出异议」实名提出，
        并凭受理编号和查询码在「异议查询」中查看处理结果。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(PATHS[key as PublicTab])}
        items={[
          { key: 'notices', label: '公示公告', children: <NoticeList /> },
          { key: 'brands', label: '劳务品牌名录', children: <BrandRegister /> },
          { key: 'objections', label: '异议查询', children: <ReceiptLookup /> },
        ]}
      />
    </Card>
  );
}
