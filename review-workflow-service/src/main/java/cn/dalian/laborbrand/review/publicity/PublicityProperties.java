package cn.dalian.laborbrand.review.publicity;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public notice. How long it runs and by when it must end are the campaign's (CampaignPublished), not configuration.
 *
 * @param maxDaysAhead how many days ahead of today a district may schedule a notice
 * @param closingCheck how often ended notices are looked for
 */
@Validated
@ConfigurationProperties("laborbrand.publicity")
public record PublicityProperties(@DefaultValue("30") @Min(0) @Max(366) int maxDaysAhead, @DefaultValue("1m") Duration closingCheck) {
}
