import { Button, Space, Typography } from 'antd';
import type { useCursorPages } from '../api/paging';

/** Previous and next under a table whose list the service pages with cursors; the total is known from the first page. */
export function CursorPager({ pages, next, total }: {
  pages: ReturnType<typeof useCursorPages>;
  next?: string | null;
  total?: number | null;
}) {
  return (
    <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'flex-end' }} aria-label="分页">
      {total != null && <Typography.Text type="secondary">共 {total} 条</Typography.Text>}
      <Typography.Text type="secondary">第 {pages.pageNumber} 页</Typography.Text>
      <Button disabled={!pages.hasPrevious} onClick={pages.previous}>上一页</Button>
      <Button disabled={!next} onClick={() => next && pages.next(next)}>下一页</Button>
    </Space>
  );
}
