package cn.dalian.laborbrand.application.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.starter.privacy.PersonalDataCipher;

/** Profiles as the service's database holds them: the mobile and the account number encrypted. */
@Repository
class ProfileRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ProfileRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<OrganisationProfile> find(String orgId) {
        Map<DeclarationKind, Declaration> declarations = new EnumMap<>(DeclarationKind.class);
        jdbc.sql("SELECT kind, declared_by, declared_at FROM organisation_declaration WHERE org_id = :orgId")
                .param("orgId", orgId)
                .query((row, n) -> new Declaration(DeclarationKind.valueOf(row.getString("kind")), row.getString("declared_by"),
                        row.getTimestamp("declared_at").toInstant()))
                .list()
                .forEach(declaration -> declarations.put(declaration.kind(), declaration));
        return jdbc.sql("SELECT * FROM organisation_profile WHERE org_id = :orgId")
                .param("orgId", orgId)
                .query((row, n) -> profile(row, declarations))
                .optional();
    }

    /**
     * Stores the profile: the first time when {@code editedVersion} is absent, else if the version edited is the one
     * stored. Answers the stored version, or empty when another change came first.
     */
    Optional<Integer> save(OrganisationProfile profile, Integer editedVersion) {
        var statement = editedVersion == null ? jdbc.sql("""
                INSERT INTO organisation_profile (org_id, legal_name, unit_type, district, address, person_in_charge, office_phone,
                       mobile_encrypted, email, bank_account_name, bank_name, bank_account_encrypted, updated_by, updated_at, version)
                VALUES (:orgId, :legalName, :unitType, :district, :address, :person, :officePhone, :mobile, :email, :accountName,
                       :bankName, :account, :updatedBy, :updatedAt, 0)
                ON CONFLICT (org_id) DO NOTHING""")
                : jdbc.sql("""
                UPDATE organisation_profile SET legal_name = :legalName, unit_type = :unitType, district = :district,
                       address = :address, person_in_charge = :person, office_phone = :officePhone, mobile_encrypted = :mobile,
                       email = :email, bank_account_name = :accountName, bank_name = :bankName, bank_account_encrypted = :account,
                       updated_by = :updatedBy, updated_at = :updatedAt, version = version + 1
                WHERE org_id = :orgId AND version = :version""").param("version", editedVersion);
        int stored = statement.param("orgId", profile.orgId())
                .param("legalName", profile.legalName())
                .param("unitType", profile.unitType().name())
                .param("district", profile.district())
                .param("address", profile.address())
                .param("person", profile.personInCharge())
                .param("officePhone", profile.officePhone())
                .param("mobile", cipher.encrypt(profile.mobile()))
                .param("email", profile.email())
                .param("accountName", profile.bankAccount().accountName())
                .param("bankName", profile.bankAccount().bankName())
                .param("account", cipher.encrypt(profile.bankAccount().number()))
                .param("updatedBy", profile.updatedBy())
                .param("updatedAt", Timestamp.from(profile.updatedAt()))
                .update();
        if (stored == 0) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM organisation_declaration WHERE org_id = :orgId").param("orgId", profile.orgId()).update();
        for (Declaration declaration : profile.declarations().values()) {
            jdbc.sql("INSERT INTO organisation_declaration (org_id, kind, declared_by, declared_at) VALUES (:orgId, :kind, :by, :at)")
                    .param("orgId", profile.orgId())
                    .param("kind", declaration.kind().name())
                    .param("by", declaration.declaredBy())
                    .param("at", Timestamp.from(declaration.declaredAt()))
                    .update();
        }
        return Optional.of(editedVersion == null ? 0 : editedVersion + 1);
    }

    void recordPayeeDisclosure(String orgId, String username, String role, Instant at) {
        jdbc.sql("INSERT INTO payee_account_disclosure (org_id, disclosed_to, role, disclosed_at) VALUES (:orgId, :username, :role, :at)")
                .param("orgId", orgId).param("username", username).param("role", role).param("at", Timestamp.from(at))
                .update();
    }

    private OrganisationProfile profile(ResultSet row, Map<DeclarationKind, Declaration> declarations) throws SQLException {
        return new OrganisationProfile(row.getString("org_id"), row.getString("legal_name"), UnitType.valueOf(row.getString("unit_type")),
                row.getString("district"), row.getString("address"), row.getString("person_in_charge"), row.getString("office_phone"),
                cipher.decrypt(row.getString("mobile_encrypted")), row.getString("email"),
                new BankAccount(row.getString("bank_account_name"), row.getString("bank_name"),
                        cipher.decrypt(row.getString("bank_account_encrypted"))),
                declarations, row.getString("updated_by"), row.getTimestamp("updated_at").toInstant(), row.getInt("version"));
    }
}
