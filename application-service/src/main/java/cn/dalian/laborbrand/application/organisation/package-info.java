/**
 * Organisation: the applicant unit's profile kept by the unit (legal name, credit code, type, district, contacts,
 * the bank account the subsidy is paid to) and its declarations (承诺). Owns the {@code organisation_profile} and
 * {@code organisation_declaration} tables; personal data in them is encrypted, and masked in answers.
 */
@ApplicationModule(displayName = "单位档案 organisation")
package cn.dalian.laborbrand.application.organisation;

import org.springframework.modulith.ApplicationModule;
