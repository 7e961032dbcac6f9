/** The platform's roles (Keycloak realm roles) and where each one starts. */
export type Role =
  | 'APPLICANT'
  | 'DISTRICT_REVIEWER'
  | 'CITY_REVIEWER'
  | 'LEADING_GROUP'
  | 'FINANCE_CLERK'
  | 'FINANCE_APPROVER'
  | 'OPERATOR';

export const ROLE_NAMES: Record<Role, string> = {
  APPLICANT: '申报单位',
  DISTRICT_REVIEWER: '区级人社部门',
  CITY_REVIEWER: '市人社局',
  LEADING_GROUP: '市就业工作领导小组办公室',
  FINANCE_CLERK: '财务经办',
  FINANCE_APPROVER: '财务审核',
  OPERATOR: '运维管理员',
};

export const REVIEWER_ROLES: Role[] = ['DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP'];
export const FINANCE_ROLES: Role[] = ['FINANCE_CLERK', 'FINANCE_APPROVER'];

/** The page a role lands on after signing in. */
export function homeOf(roles: Role[]): string {
  if (roles.includes('APPLICANT')) return '/applications';
  if (roles.some((role) => REVIEWER_ROLES.includes(role))) return '/reviews';
  if (roles.some((role) => FINANCE_ROLES.includes(role))) return '/subsidies';
  if (roles.includes('OPERATOR')) return '/operations';
  return '/inbox';
}
