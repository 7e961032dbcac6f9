package cn.dalian.laborbrand.review.inspection;

import java.util.Objects;

/**
 * One thing the inspectors verify on site.
 *
 * @param key      stable within a case: the source and the code ({@code CRITERION:TRAINED_COUNT}, {@code SITE:LABOUR_RULES})
 * @param code     the criterion code of the pre-check, or the {@link SiteCheck}'s name
 * @param toVerify what is to be verified: the declared (and counted) figures of a criterion, what to look at for a material
 */
public record ChecklistItem(String key, Source source, String code, String label, String toVerify) {

    /** Where an item comes from. */
    public enum Source {
        /** a criterion of the case's eligibility pre-check (认定标准) */
        CRITERION,
        /** a material to see on site ({@link SiteCheck}) */
        SITE
    }

    public ChecklistItem {
        Objects.requireNonNull(key);
        Objects.requireNonNull(source);
        Objects.requireNonNull(label);
    }

    static ChecklistItem criterion(String code, String label, String toVerify) {
        return new ChecklistItem(Source.CRITERION + ":" + code, Source.CRITERION, code, label, toVerify);
    }

    static ChecklistItem site(SiteCheck check) {
        return new ChecklistItem(Source.SITE + ":" + check.name(), Source.SITE, check.name(), check.label(), check.toVerify());
    }
}
