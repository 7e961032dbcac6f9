import { Descriptions } from 'antd';
import { Link } from 'react-router';
import type { components } from '../../api/generated/application-service';
import { useDistrictName } from '../../shared/districts';
import { UNIT_TYPES } from '../../shared/vocabulary';

type Unit = components['schemas']['Unit'];

/**
 * The applicant unit as its application names it: from its profile (单位档案), never typed into the application. With
 * `profileLink` it says where to change it.
 */
export function UnitSummary({ unit, district, title = '申报单位', profileLink = false, full = false }: {
  unit: Unit;
  district?: string;
  title?: string;
  profileLink?: boolean;
  /** with the address, the person in charge and the phone, as handed in */
  full?: boolean;
}) {
  const districtName = useDistrictName();
  return (
    <Descriptions
      title={title}
      size="small"
      bordered
      column={{ xs: 1, md: 3 }}
      extra={profileLink ? <Link to="/organisation">修改单位档案</Link> : undefined}
      items={[
        { key: 'legalName', label: '单位名称', children: unit.legalName ?? '—' },
        { key: 'unitType', label: '单位类型', children: unit.unitType ? UNIT_TYPES[unit.unitType] : '—' },
        { key: 'district', label: '注册地', children: districtName(district) },
        ...(full ? [
          { key: 'address', label: '单位地址', children: unit.address ?? '—' },
          { key: 'personInCharge', label: '负责人', children: unit.personInCharge ?? '—' },
          { key: 'officePhone', label: '办公电话', children: unit.officePhone ?? '—' },
        ] : []),
      ]}
    />
  );
}
