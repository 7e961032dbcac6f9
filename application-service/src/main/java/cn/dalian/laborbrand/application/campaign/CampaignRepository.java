package cn.dalian.laborbrand.application.campaign;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CampaignRepository {

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Campaign> findAll() {
        return jdbc.sql("SELECT * FROM campaign ORDER BY opens_on DESC").query(CampaignRepository::campaign).list();
    }

    Optional<Campaign> find(String code) {
        return jdbc.sql("SELECT * FROM campaign WHERE code = :code").param("code", code).query(CampaignRepository::campaign).optional();
    }

    /** Campaigns changed since they were last published, locked so that two instances do not both publish. */
    List<Campaign> lockUnpublished() {
        return jdbc.sql("SELECT * FROM campaign WHERE published_version <> version ORDER BY code FOR UPDATE SKIP LOCKED")
                .query(CampaignRepository::campaign).list();
    }

    void markPublished(Campaign campaign) {
        jdbc.sql("UPDATE campaign SET published_version = :version WHERE code = :code")
                .param("version", campaign.version()).param("code", campaign.code()).update();
    }

    /** Creates the campaign, or changes it if the version edited is the one stored; answers whether it was stored. */
    boolean save(Campaign campaign, Integer editedVersion) {
        var statement = editedVersion == null ? jdbc.sql("""
                INSERT INTO campaign (code, title, notice_reference, declared_years, opens_on, application_deadline,
                                      forwarding_deadline, notice_working_days)
                VALUES (:code, :title, :reference, :years, :opensOn, :deadline, :forwarding, :noticeDays)
                ON CONFLICT (code) DO NOTHING""")
                : jdbc.sql("""
                UPDATE campaign SET title = :title, notice_reference = :reference, declared_years = :years, opens_on = :opensOn,
                       application_deadline = :deadline, forwarding_deadline = :forwarding, notice_working_days = :noticeDays,
                       version = version + 1
                WHERE code = :code AND version = :version""").param("version", editedVersion);
        return statement.param("code", campaign.code())
                .param("title", campaign.title())
                .param("reference", campaign.noticeReference())
                .param("years", campaign.declaredYears().toArray(Integer[]::new))
                .param("opensOn", campaign.opensOn())
                .param("deadline", campaign.applicationDeadline())
                .param("forwarding", campaign.forwardingDeadline())
                .param("noticeDays", campaign.noticeWorkingDays())
                .update() == 1;
    }

    private static Campaign campaign(ResultSet row, int n) throws SQLException {
        Array years = row.getArray("declared_years");
        return new Campaign(row.getString("code"), row.getString("title"), row.getString("notice_reference"),
                Arrays.asList((Integer[]) years.getArray()), row.getObject("opens_on", java.time.LocalDate.class),
                row.getObject("application_deadline", java.time.LocalDate.class),
                row.getObject("forwarding_deadline", java.time.LocalDate.class), row.getInt("notice_working_days"), row.getInt("version"));
    }
}
