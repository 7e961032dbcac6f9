package cn.dalian.laborbrand.eligibility.criteria;

import java.util.List;

/**
 * A campaign (申报批次) as this service knows it: the code its thresholds belong to and the version of its criteria,
 * both this service's own, and the title and declared years application-service published (CampaignPublished).
 *
 * @param title         as last published; null until the campaign's first CampaignPublished arrives
 * @param declaredYears as last published, ascending; null until then
 */
public record Campaign(String code, String title, List<Integer> declaredYears, int criteriaVersion) {

    public Campaign {
        declaredYears = declaredYears == null ? null : List.copyOf(declaredYears);
    }

    /** Which rules decide: the campaign and the version of its criteria, e.g. {@code 2022/v1}. */
    public String ruleSet() {
        return code + "/v" + criteriaVersion;
    }

    /** Whether application-service has told this service the campaign's title and years yet. */
    public boolean isPublished() {
        return declaredYears != null;
    }

    /**
     * The years whose figures Attachment 1 asks for (2021 and 2022 in the 2022 campaign).
     *
     * @throws IllegalStateException when the campaign has not been published to this service yet: an application
     *                               is never assessed against years nobody gave (the event is retried, then waits in
     *                               the dead-letter topic for CampaignPublished and a replay)
     */
    @Override
    public List<Integer> declaredYears() {
        if (declaredYears == null) {
            throw new IllegalStateException("campaign " + code + " has not been published to eligibility-service yet"
                    + " (no CampaignPublished received): its declared years are unknown");
        }
        return declaredYears;
    }
}
