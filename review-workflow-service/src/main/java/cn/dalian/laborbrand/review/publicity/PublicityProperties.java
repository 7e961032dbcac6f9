package cn.dalian.laborbrand.review.publicity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public notice of the campaign.
 *
 * @param workingDays   how long a notice runs (5 working days under 大就办发〔2022〕9号)
 * @param dateTolerance how far before or after today a district may date a notice it published on its
 *                      website (a notice is recorded here after it went online, or scheduled)
 * @param closingCheck  how often ended notices are looked for
 */
@ConfigurationProperties("laborbrand.publicity")
public record PublicityProperties(@DefaultValue("5") int workingDays, @DefaultValue("30d") Duration dateTolerance,
        @DefaultValue("1m") Duration closingCheck) {
}
