package cn.dalian.laborbrand.registry.registration;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.review.BrandCertified;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.registry.brand.BrandStatus;

@Repository
class RegistrationRepository {

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the campaign and level; the row lock serialises concurrent registrations. */
    int nextSequence(String campaign, BrandLevel level) {
        return jdbc.sql("""
                INSERT INTO certificate_sequence (campaign, level, last_value) VALUES (:campaign, :level, 1)
                ON CONFLICT (campaign, level) DO UPDATE SET last_value = certificate_sequence.last_value + 1
                RETURNING last_value
                """)
                .param("campaign", campaign)
                .param("level", level.name())
                .query(Integer.class)
                .single();
    }

    boolean isRegistered(java.util.UUID brandId) {
        return jdbc.sql("SELECT count(*) FROM brand WHERE id = :id").param("id", brandId).query(Integer.class).single() > 0;
    }

    void insert(BrandCertified certified, String certificateNumber, Instant now) {
        jdbc.sql("""
                INSERT INTO brand (id, certificate_number, application_id, org_id, unit_name, district, brand_name, level, status,
                                   certified_on, registered_at, version)
                VALUES (:id, :certificate, :applicationId, :orgId, :unitName, :district, :brandName, :level, :status,
                        :certifiedOn, :registeredAt, 0)
                """)
                .param("id", certified.brandId())
                .param("certificate", certificateNumber)
                .param("applicationId", certified.applicationId())
                .param("orgId", certified.orgId())
                .param("unitName", certified.unitName())
                .param("district", certified.district())
                .param("brandName", certified.brandName())
                .param("level", certified.level().name())
                .param("status", BrandStatus.ACTIVE.name())
                .param("certifiedOn", certified.decisionDate())
                .param("registeredAt", Timestamp.from(now))
                .update();
    }
}
