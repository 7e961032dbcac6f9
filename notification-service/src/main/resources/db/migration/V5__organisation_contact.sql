-- Each applicant unit's contacts as its profile last said (OrganisationContactsChanged): where its e-mails and SMS go.
-- The contact's name, e-mail and mobile are personal data, stored encrypted (PersonalDataCipher).
CREATE TABLE organisation_contact (
    org_id                 varchar(18)  PRIMARY KEY,
    legal_name             varchar(200) NOT NULL,
    district               varchar(6),
    contact_name_encrypted text,
    email_encrypted        text,
    mobile_encrypted       text,
    version                integer      NOT NULL,   -- the profile's version: only a higher one replaces the row
    changed_at             timestamptz  NOT NULL,
    received_at            timestamptz  NOT NULL
);
