package cn.dalian.laborbrand.review.campaign;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.SampleEvents;

/** Makes the 2022 campaign known to the service the way production does: application-service's CampaignPublished. */
public final class CampaignTermsFixture {

    private CampaignTermsFixture() {
    }

    public static void campaign2022Published(CampaignTermsService campaigns) {
        KafkaProbe.send(ApplicationEvents.CAMPAIGN_PUBLISHED_TOPIC, "2022",
                SampleEvents.message(ApplicationEvents.CAMPAIGN_PUBLISHED, SampleEvents.campaign2022(0)));
        await().atMost(Duration.ofSeconds(30)).ignoreException(PlatformException.class).until(() -> campaigns.of("2022") != null);
    }
}
