import { Table, Typography, type TableProps } from 'antd';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useCursorPages, type Page, type PageRequest } from '../api/paging';
import { CursorPager } from './CursorPager';
import { ErrorAlert } from './ErrorAlert';

/**
 * A list the service pages with cursors, as a table with previous/next and the total: every list of the SPA is one.
 * The query key names the list and its filters; a change of filter starts from the first page.
 */
export function PagedTable<T extends object>({ queryKey, fetchPage, emptyText, ...table }: {
  queryKey: QueryKey;
  fetchPage: (page: PageRequest) => Promise<Page<T>>;
  emptyText: string;
} & Pick<TableProps<T>, 'columns' | 'rowKey' | 'rowSelection'>) {
  const pages = useCursorPages(20, JSON.stringify(queryKey));
  const list = useQuery({
    queryKey: [...queryKey, pages.cursor],
    queryFn: () => fetchPage({ limit: pages.limit, cursor: pages.cursor }),
  });
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<T>
        {...table}
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={false}
        // antd greys the placeholder as if disabled; as text it is read, so it keeps the readable secondary colour
        locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      />
      <CursorPager pages={pages} next={list.data?.next} total={list.data?.total} />
    </>
  );
}
