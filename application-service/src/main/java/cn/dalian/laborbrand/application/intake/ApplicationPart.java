package cn.dalian.laborbrand.application.intake;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The parts of an application a supplement request can reopen; the others stay as they were handed in. */
public enum ApplicationPart {
    BRAND_NAME("品牌名称"),
    DESCRIPTION("品牌简介"),
    LEVELS("申报层级"),
    DECLARED_YEARS("各年度培训与就业数据"),
    LABOUR_PRACTICE("劳动权益保障情况"),
    UNIT_PROFILE("单位基本信息（取自单位档案）");

    private final String label;

    ApplicationPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The parts in which two versions of the content differ. */
    static Set<ApplicationPart> changedBetween(Application.Content before, Application.Content after) {
        Set<ApplicationPart> changed = EnumSet.noneOf(ApplicationPart.class);
        if (!before.brandName().equals(after.brandName()) || !Objects.equals(before.cityBrandName(), after.cityBrandName())) {
            changed.add(BRAND_NAME);
        }
        if (!Objects.equals(before.description(), after.description())) {
            changed.add(DESCRIPTION);
        }
        if (!before.requestedLevels().equals(after.requestedLevels())) {
            changed.add(LEVELS);
        }
        if (!sameYears(before, after)) {
            changed.add(DECLARED_YEARS);
        }
        if (!Objects.equals(before.labourPractice(), after.labourPractice())) {
            changed.add(LABOUR_PRACTICE);
        }
        return changed;
    }

    // BigDecimal equality depends on scale: 86.5 and 86.50 are the same figure
    private static boolean sameYears(Application.Content before, Application.Content after) {
        if (before.declaredYears().size() != after.declaredYears().size()) {
            return false;
        }
        for (int i = 0; i < before.declaredYears().size(); i++) {
            if (!before.declaredYears().get(i).sameFiguresAs(after.declaredYears().get(i))) {
                return false;
            }
        }
        return true;
    }
}
