package cn.dalian.laborbrand.application.intake;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The campaign new applications belong to.
 *
 * @param current       its code, e.g. {@code 2022}
 * @param declaredYears the years whose figures Attachment 1 asks for (2021 and 2022 in the 2022 campaign)
 */
@ConfigurationProperties("laborbrand.campaign")
public record CampaignProperties(String current, List<Integer> declaredYears) {
}
