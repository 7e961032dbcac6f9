/**
 * Contacts: each applicant unit's contacts (contact person, e-mail, mobile) as its profile last said, kept from
 * application-service's {@code OrganisationContactsChanged}; personal data encrypted at rest. Owns organisation_contact.
 */
@ApplicationModule(displayName = "单位联系方式 contacts")
package cn.dalian.laborbrand.notification.contacts;

import org.springframework.modulith.ApplicationModule;
