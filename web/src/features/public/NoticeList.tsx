import { Empty, Spin } from 'antd';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { reviewApi, unwrap } from '../../api/client';
import { useCursorPages } from '../../api/paging';
import { CursorPager } from '../../shared/CursorPager';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { NoticeDocument } from './NoticeDocument';
import { ObjectionDialog } from './ObjectionDialog';
import type { ListedBrand, PublicNotice } from './objectionModel';

/** The notices (公示) running now, each with its text and list, and the form to object to one of its brands. */
export function NoticeList() {
  const pages = useCursorPages(5, 'notices');
  const notices = useQuery({
    queryKey: ['public', 'notices', pages.cursor],
    queryFn: () => unwrap(reviewApi.GET('/api/public/notices', { params: { query: { limit: pages.limit, cursor: pages.cursor } } })),
  });
  const [objecting, setObjecting] = useState<{ notice: PublicNotice; brand: ListedBrand }>();

  if (notices.isLoading) return <Spin tip="正在加载…"><div style={{ minHeight: 120 }} /></Spin>;
  return (
    <>
      <ErrorAlert error={notices.error} />
      {notices.data?.items?.length
        ? notices.data.items.map((notice) => (
            <NoticeDocument key={notice.id} notice={notice} onObject={(brand) => setObjecting({ notice, brand })} />
          ))
        : !notices.error && <Empty description="当前没有正在公示的劳务品牌" />}
      <CursorPager pages={pages} next={notices.data?.next} total={notices.data?.total} />
      {objecting && <ObjectionDialog notice={objecting.notice} brand={objecting.brand} onClose={() => setObjecting(undefined)} />}
    </>
  );
}
