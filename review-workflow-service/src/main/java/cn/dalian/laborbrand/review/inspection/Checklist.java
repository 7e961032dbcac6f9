package cn.dalian.laborbrand.review.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed.CriterionResult;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * What the inspectors of a case verify on site: one item per criterion of its eligibility pre-check at the levels the unit
 * asked for (the declared figures of every year, and what the roster counted, to see with their own eyes), then the
 * materials to see on site ({@link SiteCheck}).
 *
 * @param criteriaPending whether the pre-check has not arrived yet: the criteria items are still to come
 */
public record Checklist(List<ChecklistItem> items, boolean criteriaPending) {

    public Checklist {
        items = List.copyOf(items);
    }

    /** The checklist of a case asking for the levels, with its pre-check when there is one. */
    public static Checklist of(Optional<EligibilityAssessed> precheck, Set<BrandLevel> requestedLevels) {
        List<ChecklistItem> items = new ArrayList<>();
        precheck.ifPresent(assessed -> items.addAll(criteriaOf(assessed, requestedLevels)));
        for (SiteCheck check : SiteCheck.values()) {
            items.add(ChecklistItem.site(check));
        }
        return new Checklist(items, precheck.isEmpty());
    }

    public Optional<ChecklistItem> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    /**
     * A criterion is assessed at each requested level with the same declared figures: one item per criterion code, in the
     * pre-check's order, with each year's figures once.
     */
    private static List<ChecklistItem> criteriaOf(EligibilityAssessed assessed, Set<BrandLevel> requestedLevels) {
        Map<String, Map<Integer, CriterionResult>> byCode = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (EligibilityAssessed.LevelResult level : assessed.levels()) {
            if (!requestedLevels.contains(level.level())) {
                continue;
            }
            for (CriterionResult result : level.criteria()) {
                labels.putIfAbsent(result.criterion(), result.label());
                // a criterion that is not yearly is filed under year 0, before the years
                byCode.computeIfAbsent(result.criterion(), code -> new TreeMap<>())
                        .putIfAbsent(result.year() == null ? 0 : result.year(), result);
            }
        }
        return byCode.entrySet().stream()
                .map(entry -> ChecklistItem.criterion(entry.getKey(), labels.get(entry.getKey()),
                        entry.getValue().values().stream().map(Checklist::figures).collect(Collectors.joining("；"))))
                .toList();
    }

    /** "2022 年申报 1280 人，花名册核实 1261 人", "申报 100%" */
    private static String figures(CriterionResult result) {
        String declared = (result.year() == null ? "" : result.year() + " 年") + "申报 " + result.declared();
        return result.counted() == null ? declared : declared + "，花名册核实 " + result.counted();
    }
}
