package cn.dalian.laborbrand.application.naming;

import java.util.Objects;

/** One part of a labour-brand name as the naming rule recognised it, e.g. {@code PLACE 甘井子}. */
public record NamePart(Kind kind, String text) {

    /** The parts of the naming pattern, in the order the notice writes them. */
    public enum Kind {
        CITY("大连"),
        PLACE("区市县"),
        TRADE_NAME("企业名号"),
        /** What remains between the other parts and the suffix: the industry (产业、产品或服务) and the occupation. */
        INDUSTRY_AND_TRADE("行业 + 工种"),
        SUFFIX("劳务品牌");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese name of the part, as the expected pattern writes it. */
        public String label() {
            return label;
        }
    }

    public NamePart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
