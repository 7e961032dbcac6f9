package cn.dalian.laborbrand.registry.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** The last certificate number given per campaign and level, in the service's own database. */
@Repository
class CertificateSequence {

    private final JdbcClient jdbc;

    CertificateSequence(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the campaign and level; the row lock serialises concurrent registrations. */
    int next(String campaign, BrandLevel level) {
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
}
