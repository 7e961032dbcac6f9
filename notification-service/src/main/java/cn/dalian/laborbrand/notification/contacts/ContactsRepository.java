package cn.dalian.laborbrand.notification.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** The units' contacts as the service's database holds them: the contact's name, e-mail and mobile encrypted. */
@Repository
class ContactsRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ContactsRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Keeps the contacts unless a version as high or higher is kept already (events may arrive out of order); whether kept. */
    boolean keep(OrganisationContactsChanged contacts, Instant at) {
        return jdbc.sql("""
                INSERT INTO organisation_contact (org_id, legal_name, district, contact_name_encrypted, email_encrypted,
                       mobile_encrypted, version, changed_at, received_at)
                VALUES (:orgId, :legalName, :district, :name, :email, :mobile, :version, :changedAt, :at)
                ON CONFLICT (org_id) DO UPDATE SET legal_name = EXCLUDED.legal_name, district = EXCLUDED.district,
                       contact_name_encrypted = EXCLUDED.contact_name_encrypted, email_encrypted = EXCLUDED.email_encrypted,
                       mobile_encrypted = EXCLUDED.mobile_encrypted, version = EXCLUDED.version, changed_at = EXCLUDED.changed_at,
                       received_at = EXCLUDED.received_at
                WHERE organisation_contact.version < EXCLUDED.version
                """)
                .param("orgId", contacts.orgId())
                .param("legalName", contacts.legalName())
                .param("district", contacts.district())
                .param("name", cipher.encrypt(blankToNull(contacts.contactName())))
                .param("email", cipher.encrypt(blankToNull(contacts.email())))
                .param("mobile", cipher.encrypt(blankToNull(contacts.mobile())))
                .param("version", contacts.version())
                .param("changedAt", Timestamp.from(contacts.changedAt()))
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    Optional<UnitContacts> find(String orgId) {
        return jdbc.sql("SELECT * FROM organisation_contact WHERE org_id = :orgId").param("orgId", orgId).query(this::contacts).optional();
    }

    private UnitContacts contacts(ResultSet row, int n) throws SQLException {
        return new UnitContacts(row.getString("org_id"), row.getString("legal_name"), row.getString("district"),
                cipher.decrypt(row.getString("contact_name_encrypted")), cipher.decrypt(row.getString("email_encrypted")),
                cipher.decrypt(row.getString("mobile_encrypted")), row.getInt("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
