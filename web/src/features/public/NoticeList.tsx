import { reviewApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/review-workflow-service';
import { PagedTable } from '../../shared/PagedTable';
import { formatDate } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { levelNames } from '../../shared/vocabulary';

type PublicNotice = components['schemas']['PublicNotice'];

/** The notices (公示) running now. */
export function NoticeList() {
  const districtName = useDistrictName();
  return (
    <PagedTable<PublicNotice>
      queryKey={['public', 'notices']}
      fetchPage={(page) => unwrap(reviewApi.GET('/api/public/notices', { params: { query: page } }))}
      rowKey="id"
      emptyText="当前没有正在公示的劳务品牌"
      columns={[
        { title: '劳务品牌名称', dataIndex: 'brandName' },
        { title: '申报单位', dataIndex: 'unitName' },
        { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
        { title: '推荐层级', dataIndex: 'levels', render: (levels: PublicNotice['levels']) => levelNames(levels) },
        {
          title: '公示期',
          key: 'period',
          render: (_, notice) => `${formatDate(notice.startsOn)} 至 ${formatDate(notice.endsOn)}`,
        },
      ]}
    />
  );
}
