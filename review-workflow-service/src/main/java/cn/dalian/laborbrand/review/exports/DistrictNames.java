package cn.dalian.laborbrand.review.exports;

import java.util.Map;
import java.util.Optional;

/**
 * The names of districts, counties and pilot zones as application-service keeps them (the one source of them). A code
 * without a name (the list could not be read, or a place not on it) is shown as the code.
 */
record DistrictNames(Map<String, String> byCode) {

    static final String WHOLE_CITY = "全市";

    DistrictNames {
        byCode = Map.copyOf(byCode);
    }

    static DistrictNames unknown() {
        return new DistrictNames(Map.of());
    }

    String nameOf(String code) {
        return byCode.getOrDefault(code, code);
    }

    /** The place a document covers: a district's name, or 全市 for every district. */
    String placeOf(Optional<String> district) {
        return district.map(this::nameOf).orElse(WHOLE_CITY);
    }
}
