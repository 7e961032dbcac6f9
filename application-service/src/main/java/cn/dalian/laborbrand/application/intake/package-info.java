/**
 * Intake: an applicant unit's applications from draft to submission (Attachment 1, the levels applied for,
 * the yearly figures and labour practices), always within its own organisation. Owns the {@code application}
 * and {@code declared_year} tables; publishes {@code ApplicationSubmitted}.
 */
@ApplicationModule(displayName = "申报受理 intake")
package cn.dalian.laborbrand.application.intake;

import org.springframework.modulith.ApplicationModule;
