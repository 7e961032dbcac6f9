package cn.dalian.laborbrand.review.publicity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public notice. How long it runs is the campaign's (CampaignPublished), not configuration.
 *
 * @param dateTolerance how far before or after today a district may date a notice it published on its
 *                      website (a notice is recorded here after it went online, or scheduled)
 * @param closingCheck  how often ended notices are looked for
 */
@ConfigurationProperties("laborbrand.publicity")
public record PublicityProperties(@DefaultValue("30d") Duration dateTolerance,
        @DefaultValue("1m") Duration closingCheck) {
}
