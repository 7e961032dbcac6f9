package cn.dalian.laborbrand.contracts.application;

import java.time.Instant;

/**
 * An applicant unit's contacts as its profile holds them, published whenever the unit keeps its profile: the one source
 * of where the platform writes to a unit (e-mail, SMS). Subject: the organisation's credit code. The mobile number is
 * personal data: the topic is readable by notification-service alone (deploy/kafka/topic-access.txt), which keeps it
 * encrypted.
 *
 * @param orgId          the unit's unified social credit code
 * @param legalName      the unit's registered name
 * @param district       the district code the unit is registered in
 * @param contactName    the person in charge (负责人), whom messages are addressed to
 * @param email          the unit's contact e-mail (联系邮箱)
 * @param mobile         the contact's mobile number (手机号码), for SMS
 * @param version        the profile's version: raised by every change; a consumer keeps the highest it has seen
 * @param changedAt      when the unit kept the profile
 */
public record OrganisationContactsChanged(String orgId, String legalName, String district, String contactName, String email,
        String mobile, int version, Instant changedAt) {
}
