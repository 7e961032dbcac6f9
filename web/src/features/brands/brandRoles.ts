import type { Session } from '../../auth/session';
import type { BrandLifecycleView } from './lifecycleApi';

/** What the signed-in person may do on one brand (the registry decides again on every call; this only shapes the screen). */
export interface BrandRoles {
  /** the unit holding the brand: answers rectifications */
  holder: boolean;
  /** a district reviewer of the brand's district or a city reviewer: orders and decides rectifications */
  reviewer: boolean;
  /** the leading group office: exit decisions and provincial certifications */
  leadingGroup: boolean;
}

export function brandRolesOf(session: Session | undefined, brand: Pick<BrandLifecycleView, 'orgId' | 'district'>): BrandRoles {
  const roles = session?.roles ?? [];
  return {
    holder: roles.includes('APPLICANT') && session?.orgId === brand.orgId,
    reviewer: roles.includes('CITY_REVIEWER') || (roles.includes('DISTRICT_REVIEWER') && session?.district === brand.district),
    leadingGroup: roles.includes('LEADING_GROUP'),
  };
}
