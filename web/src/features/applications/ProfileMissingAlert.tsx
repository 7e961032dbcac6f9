import { Alert } from 'antd';
import { Link } from 'react-router';

/** Said where an application cannot be started yet: the unit's name, type and district come from its profile. */
export function ProfileMissingAlert() {
  return (
    <Alert
      type="warning"
      showIcon
      title="请先填写单位档案"
      description={(
        <>
          申报书中的单位名称、单位类型和注册地取自单位档案，补贴资金也只拨付到档案中登记的收款账户。
          <Link to="/organisation">前往填写单位档案</Link>
        </>
      )}
    />
  );
}
