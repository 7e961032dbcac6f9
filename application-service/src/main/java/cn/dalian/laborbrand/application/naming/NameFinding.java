package cn.dalian.laborbrand.application.naming;

import java.util.Objects;

/**
 * One way a proposed name breaks the naming rule: a stable upper-snake {@code code} for programs and a full Chinese
 * sentence for the applicant and the reviewer.
 */
public record NameFinding(String code, String message) {

    public static final String NAME_MUST_START_WITH_DALIAN = "NAME_MUST_START_WITH_DALIAN";
    public static final String NAME_MUST_END_WITH_LABOUR_BRAND = "NAME_MUST_END_WITH_LABOUR_BRAND";
    /** District level: no district, county or pilot zone anywhere in the name. */
    public static final String PLACE_MISSING = "PLACE_MISSING";
    /** District level: a district, county or pilot zone is named, but not right after 大连. */
    public static final String PLACE_MISPLACED = "PLACE_MISPLACED";
    public static final String PLACE_NOT_ALLOWED_AT_CITY_LEVEL = "PLACE_NOT_ALLOWED_AT_CITY_LEVEL";
    public static final String TRADE_NAME_MISSING = "TRADE_NAME_MISSING";
    /** The unit's trade name is in the name, but not right after 大连 (city level) or the place (district level). */
    public static final String TRADE_NAME_MISPLACED = "TRADE_NAME_MISPLACED";
    public static final String INDUSTRY_OR_TRADE_MISSING = "INDUSTRY_OR_TRADE_MISSING";
    public static final String OCCUPATION_MISSING = "OCCUPATION_MISSING";
    public static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    public static final String NAME_HAS_SPACES_OR_PUNCTUATION = "NAME_HAS_SPACES_OR_PUNCTUATION";

    public NameFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
