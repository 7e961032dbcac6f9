package cn.dalian.laborbrand.review.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.DistrictDecision;

/** How the exported documents write levels, days, moments and rates, the same on every page and sheet. */
final class Wording {

    static final String NONE = "—";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChineseDates.DALIAN);

    private Wording() {
    }

    /** 区级、市级: the levels in the notice's order. */
    static String levels(Collection<BrandLevel> levels) {
        return levels.isEmpty() ? NONE
                : levels.stream().sorted().map(BrandLevel::label).collect(Collectors.joining("、"));
    }

    /** 区级 / 区级，推荐市级: what a district put before the public. */
    static String noticeLevels(Collection<BrandLevel> levels) {
        if (levels.isEmpty()) {
            return NONE;
        }
        return levels.contains(BrandLevel.CITY) ? "区级，推荐市级" : BrandLevel.DISTRICT.label();
    }

    /** 2022-11-21 至 2022-11-25 */
    static String period(LocalDate first, LocalDate last) {
        return first + " 至 " + last;
    }

    /** 2022-11-21 09:30, in Dalian. */
    static String moment(Instant at) {
        return at == null ? NONE : MOMENT.format(at);
    }

    /** 2022-11-21, in Dalian. */
    static String date(Instant at) {
        return at == null ? NONE : LocalDate.ofInstant(at, ChineseDates.DALIAN).toString();
    }

    /** 2022年11月21日, in Dalian. */
    static String day(Instant at) {
        return at == null ? NONE : ChineseDates.format(LocalDate.ofInstant(at, ChineseDates.DALIAN));
    }

    /** 86.5% */
    static String percent(BigDecimal rate) {
        return rate == null ? NONE : rate.stripTrailingZeros().toPlainString() + "%";
    }

    /** The district's decision with its reasons: 区级入选，推荐市级。材料齐全，实地查验属实。 */
    static String opinion(DistrictDecision decision) {
        if (decision == null) {
            return NONE;
        }
        return verdict(decision) + "。" + (decision.comment() == null ? "" : decision.comment().strip());
    }

    /** 区级入选，推荐市级 / 区级入选，未推荐市级 / 区级未入选 */
    static String verdict(DistrictDecision decision) {
        if (!decision.districtLevelSelected()) {
            return "区级未入选";
        }
        return decision.cityRecommended() ? "区级入选，推荐市级" : "区级入选，未推荐市级";
    }

    /** The text, or the dash a form shows for a field left empty. */
    static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text.strip();
    }
}
