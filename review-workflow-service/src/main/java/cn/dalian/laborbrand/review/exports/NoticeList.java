package cn.dalian.laborbrand.review.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.text.ChineseDates;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.publicity.NoticePeriod;

/**
 * The notice list (公示名单) of a campaign, for one district or the whole city: every brand its district put before the
 * public, under notice now or gone on to the city since, with what a notice shows (brand, unit, level, district, dates)
 * and where it stands. Never a person's data.
 *
 * @param place    the district's name, or 全市
 * @param asOf     the day the list was drawn up (Dalian)
 */
record NoticeList(String campaign, String place, LocalDate asOf, List<Entry> entries) {

    /** The stages of a case whose notice was published and not overturned: under notice, or gone on to the city since. */
    static final Set<ReviewStage> NOTICED = EnumSet.of(ReviewStage.PUBLICITY, ReviewStage.CITY_REVIEW, ReviewStage.APPROVAL,
            ReviewStage.CERTIFIED);

    /**
     * @param levels the levels put before the public (区级, or 区级，推荐市级)
     * @param status where the case stands (公示中, 公示期满, 市级复审 …)
     */
    record Entry(int number, String brandName, String cityBrandName, String unitName, String levels, String district,
            LocalDate startsOn, LocalDate endsOn, String status) {

        public String period() {
            return Wording.period(startsOn, endsOn);
        }
    }

    NoticeList {
        entries = List.copyOf(entries);
    }

    /** The list of the cases that have a notice, by district, then first day of notice, then brand. */
    static NoticeList of(String campaign, Optional<String> district, List<ReviewCase> cases, Map<UUID, NoticePeriod> periods,
            DistrictNames names, LocalDate today) {
        List<ReviewCase> noticed = cases.stream().filter(reviewCase -> NOTICED.contains(reviewCase.stage()))
                .filter(reviewCase -> periods.containsKey(reviewCase.id()))
                .sorted(Comparator.comparing(ReviewCase::district).thenComparing(reviewCase -> periods.get(reviewCase.id()).startsOn())
                        .thenComparing(ReviewCase::brandName))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (ReviewCase reviewCase : noticed) {
            NoticePeriod period = periods.get(reviewCase.id());
            Set<BrandLevel> levels = reviewCase.noticeLevels();
            entries.add(new Entry(entries.size() + 1, reviewCase.brandName(),
                    levels.contains(BrandLevel.CITY) ? reviewCase.cityBrandName() : null, reviewCase.unitName(), Wording.noticeLevels(levels),
                    names.nameOf(reviewCase.district()), period.startsOn(), period.endsOn(), status(reviewCase.stage(), period, today)));
        }
        return new NoticeList(campaign, names.placeOf(district), today, entries);
    }

    /** 2022年度劳务品牌公示名单 */
    public String title() {
        return campaign + "年度劳务品牌公示名单";
    }

    /** 甘井子区 · 截至2022年11月24日 */
    public String subtitle() {
        return place + " · 截至" + ChineseDates.format(asOf);
    }

    /** 公示名单-2022-甘井子区.xlsx */
    String fileName(String extension) {
        return "公示名单-" + campaign + "-" + place + "." + extension;
    }

    private static String status(ReviewStage stage, NoticePeriod period, LocalDate today) {
        return switch (stage) {
            case CITY_REVIEW -> "已报送市级";
            case APPROVAL -> "待核准认定";
            case CERTIFIED -> "已认定";
            default -> today.isBefore(period.startsOn()) ? "待公示" : period.isOpenOn(today) ? "公示中" : "公示期满";
        };
    }
}
