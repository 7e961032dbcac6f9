package cn.dalian.laborbrand.eligibility;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/**
 * The campaigns as application-service publishes them. This service holds no campaign facts of its own: before an
 * integration test assesses an application, application-service must have told it the campaign, as it does at its
 * start-up; {@link #ensureKnown} plays that part.
 */
public final class PublishedCampaigns {

    /** 大就办发〔2022〕9号《关于开展2022年度劳务品牌申报认定工作的通知》, as application-service seeds and first publishes it. */
    public static final CampaignPublished CAMPAIGN_2022 = new CampaignPublished("2022", "2022年度劳务品牌申报认定", "大就办发〔2022〕9号",
            List.of(2021, 2022), LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 2), 5, 0);

    private static final Duration PROCESSING = Duration.ofSeconds(60);

    private PublishedCampaigns() {
    }

    /** Publishes the campaign, unless this service holds that version of it (or a newer one), and waits until it does. */
    public static void ensureKnown(JdbcClient jdbc, CampaignPublished campaign) {
        if (knownVersion(jdbc, campaign.code()) < campaign.version()) {
            publish(campaign);
            await().atMost(PROCESSING).until(() -> knownVersion(jdbc, campaign.code()) >= campaign.version());
        }
    }

    /** Puts the campaign on its topic, as application-service does with every version. */
    public static void publish(CampaignPublished campaign) {
        KafkaProbe.send(ApplicationEvents.CAMPAIGN_PUBLISHED_TOPIC, campaign.code(),
                SampleEvents.message(ApplicationEvents.CAMPAIGN_PUBLISHED, campaign));
    }

    /** The version of the campaign this service holds; -1 when it has none (no row, or never published). */
    public static int knownVersion(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT coalesce(max(published_version), -1) FROM campaign WHERE code = :code").param("code", code)
                .query(Integer.class).single();
    }
}
