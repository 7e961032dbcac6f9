package cn.dalian.laborbrand.review.campaign;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CampaignTermsRepository {

    private final JdbcClient jdbc;

    CampaignTermsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CampaignTerms> find(String code) {
        return jdbc.sql("SELECT * FROM campaign WHERE code = :code")
                .param("code", code)
                .query((row, n) -> new CampaignTerms(row.getString("code"), row.getString("title"),
                        row.getObject("application_deadline", java.time.LocalDate.class),
                        row.getObject("forwarding_deadline", java.time.LocalDate.class), row.getInt("notice_working_days"),
                        row.getInt("version")))
                .optional();
    }

    /** Keeps the terms unless a newer version is stored already (events of one campaign may arrive out of order). */
    void keep(CampaignTerms terms) {
        jdbc.sql("""
                INSERT INTO campaign (code, title, application_deadline, forwarding_deadline, notice_working_days, version)
                VALUES (:code, :title, :deadline, :forwarding, :days, :version)
                ON CONFLICT (code) DO UPDATE SET title = excluded.title, application_deadline = excluded.application_deadline,
                       forwarding_deadline = excluded.forwarding_deadline, notice_working_days = excluded.notice_working_days,
                       version = excluded.version
                WHERE campaign.version < excluded.version""")
                .param("code", terms.code())
                .param("title", terms.title())
                .param("deadline", terms.applicationDeadline())
                .param("forwarding", terms.forwardingDeadline())
                .param("days", terms.noticeWorkingDays())
                .param("version", terms.version())
                .update();
    }
}
