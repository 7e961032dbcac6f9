package cn.dalian.laborbrand.eligibility.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.eligibility.Deliveries;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

/** Eligibility learns each campaign's title and years from CampaignPublished, keeping the newest version it was sent. */
@PlatformIntegrationTest
class CampaignListenerIT implements InboxContract<CampaignPublished> {

    /** Campaign codes of these tests' own, far from the real ones, a new one for each campaign. */
    private static final AtomicInteger CODES = new AtomicInteger(3000);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @Test
    void aCampaignPublishedForTheFirstTimeGetsARowWithItsTitleAndYearsButNoThresholds() {
        // given application-service creates a campaign this service has never heard of
        CampaignPublished published = campaign(nextCode(), "劳务品牌申报认定（新批次）", List.of(2029, 2030), 0);

        // when it is published
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.CAMPAIGN_PUBLISHED, published);

        // then the campaign is kept with its title, years and version, at criteria version 1
        assertThat(stored(published.code())).isEqualTo(new Stored("劳务品牌申报认定（新批次）", List.of(2029, 2030), 0, 1));
        // and, having no thresholds yet, it has no criteria to read or to assess against
        http.get().uri("/api/eligibility/campaigns/" + published.code() + "/criteria")
                .headers(Tokens.as(TestUser.APPLICANT_A))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aNewerVersionReplacesTheTitleAndYears() {
        // given version 0 of a campaign is kept
        String code = nextCode();
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.CAMPAIGN_PUBLISHED, campaign(code, "劳务品牌申报认定（征求意见稿）", List.of(2030), 0));

        // when application-service publishes its correction as version 1
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.CAMPAIGN_PUBLISHED, campaign(code, "劳务品牌申报认定", List.of(2029, 2030), 1));

        // then the correction is what is kept
        assertThat(stored(code)).isEqualTo(new Stored("劳务品牌申报认定", List.of(2029, 2030), 1, 1));
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwriteANewerOne() {
        // given version 3 of a campaign is kept
        String code = nextCode();
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.CAMPAIGN_PUBLISHED, campaign(code, "劳务品牌申报认定（第三次修订）", List.of(2029, 2030), 3));

        // when version 2 arrives after it (a replay from the dead-letter topic, say)
        Deliveries.deliverAndAwait(jdbc, ApplicationEvents.CAMPAIGN_PUBLISHED, campaign(code, "劳务品牌申报认定（第二次修订）", List.of(2030), 2));

        // then it is processed and changes nothing: version 3 is still what is kept
        assertThat(stored(code)).isEqualTo(new Stored("劳务品牌申报认定（第三次修订）", List.of(2029, 2030), 3, 1));
    }

    @Override
    public EventDefinition<CampaignPublished> consumedEvent() {
        return ApplicationEvents.CAMPAIGN_PUBLISHED;
    }

    @Override
    public CampaignPublished newPayload() {
        return campaign(nextCode(), "劳务品牌申报认定", List.of(2021, 2022), 0);
    }

    @Override
    public long effectsOf(CampaignPublished payload) {
        return jdbc.sql("SELECT count(*) FROM campaign WHERE code = :code AND published_version = :version")
                .param("code", payload.code()).param("version", payload.version()).query(Long.class).single();
    }

    private static String nextCode() {
        return String.valueOf(CODES.incrementAndGet());
    }

    private static CampaignPublished campaign(String code, String title, List<Integer> years, int version) {
        return new CampaignPublished(code, title, "大就办发〔" + code + "〕1号", years, LocalDate.of(2030, 11, 10), LocalDate.of(2030, 11, 22),
                LocalDate.of(2030, 12, 2), 5, version);
    }

    private Stored stored(String code) {
        return jdbc.sql("SELECT title, declared_years, published_version, criteria_version FROM campaign WHERE code = :code")
                .param("code", code)
                .query((row, n) -> new Stored(row.getString("title"), List.of((Integer[]) row.getArray("declared_years").getArray()),
                        row.getInt("published_version"), row.getInt("criteria_version")))
                .single();
    }

    private record Stored(String title, List<Integer> declaredYears, int publishedVersion, int criteriaVersion) {
    }
}
