import { Tag, Typography } from 'antd';
import { useState } from 'react';
import { registryApi, unwrap } from '../../api/client';
import type { components } from '../../api/generated/brand-registry-service';
import { FilterSelect } from '../../shared/FilterSelect';
import { PagedTable } from '../../shared/PagedTable';
import { formatDate } from '../../shared/format';
import { useDistrictName } from '../../shared/districts';
import { LEVELS, type BrandLevel } from '../../shared/vocabulary';

type PublicBrand = components['schemas']['PublicBrandView'];

/** The register of certified labour brands with their certificate numbers. */
export function BrandRegister() {
  const districtName = useDistrictName();
  const [level, setLevel] = useState<BrandLevel | undefined>();
  return (
    <>
      <FilterSelect<BrandLevel> id="brand-level" label="认定级别" value={level} onChange={setLevel} options={LEVELS} width={140} />
      <PagedTable<PublicBrand>
        queryKey={['public', 'brands', level]}
        fetchPage={(page) => unwrap(registryApi.GET('/api/public/brands', { params: { query: { ...page, level } } }))}
        rowKey="certificateNumber"
        emptyText="暂无已认定的劳务品牌"
        columns={[
          { title: '证书编号', dataIndex: 'certificateNumber', render: (number: string) => <Typography.Text copyable>{number}</Typography.Text> },
          { title: '劳务品牌名称', dataIndex: 'brandName' },
          { title: '持有单位', dataIndex: 'unitName' },
          { title: '所在地区', dataIndex: 'district', render: (code: string) => districtName(code) },
          { title: '认定级别', dataIndex: 'levelLabel', render: (label: string) => <Tag color="geekblue">{label}</Tag> },
          { title: '认定日期', dataIndex: 'certifiedOn', render: (date: string) => formatDate(date) },
        ]}
      />
    </>
  );
}
