package cn.dalian.laborbrand.application.district;

import java.util.Objects;

/**
 * A place a unit may be registered in: a district, county or city (区市县, GB/T 2260 code) or a pilot zone (先导区,
 * platform code).
 *
 * @param shortName the form brand names use (甘井子 for 甘井子区)
 */
public record District(String code, String name, String shortName, Kind kind, boolean acceptingApplications, int sortOrder,
        int version) {

    public enum Kind {
        COUNTY("区市县"),
        PILOT_ZONE("先导区");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public District {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(shortName);
        Objects.requireNonNull(kind);
    }
}
