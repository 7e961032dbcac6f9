package cn.dalian.laborbrand.registry.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.registry.catalogue.IndustryClassification.IndustryDivision;
import cn.dalian.laborbrand.registry.catalogue.IndustryClassification.IndustrySection;

class CatalogueTest {

    private static final IndustryClassification GB_T_4754 = IndustryClassification.standard();
    private static final Instant AT = Instant.parse("2025-03-10T02:00:00Z");

    @Test
    void theStandardHasTwentySectionsAndTheirDivisionsFrom01To97() {
        Map<String, String> ranges = GB_T_4754.sections().stream().collect(Collectors.toMap(IndustrySection::code, IndustrySection::divisionRange));

        assertThat(GB_T_4754.sections()).hasSize(20);
        assertThat(ranges).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("A", "01–05"), Map.entry("B", "06–12"),
                Map.entry("C", "13–43"), Map.entry("D", "44–46"), Map.entry("E", "47–50"), Map.entry("F", "51–52"), Map.entry("G", "53–60"),
                Map.entry("H", "61–62"), Map.entry("I", "63–65"), Map.entry("J", "66–69"), Map.entry("K", "70"), Map.entry("L", "71–72"),
                Map.entry("M", "73–75"), Map.entry("N", "76–79"), Map.entry("O", "80–82"), Map.entry("P", "83"), Map.entry("Q", "84–85"),
                Map.entry("R", "86–90"), Map.entry("S", "91–96"), Map.entry("T", "97")));
        assertThat(GB_T_4754.sections().stream().mapToInt(section -> section.divisions().size()).sum()).isEqualTo(97);
        assertThat(GB_T_4754.division("80").map(IndustryDivision::name)).contains("居民服务业");
        assertThat(GB_T_4754.section("O").map(IndustrySection::name)).contains("居民服务、修理和其他服务业");
    }

    @Test
    void anEntryTakesItsSectionAndDivisionFromItsCode() {
        CatalogueEntry entry = CatalogueEntry.define("C-37-02", " 海洋工程装备涂装 ", "培养船舶涂装工。", true, GB_T_4754, "city-reviewer", AT);

        assertThat(entry.industrySection()).isEqualTo("C");
        assertThat(entry.industryDivision()).isEqualTo("37");
        assertThat(entry.name()).isEqualTo("海洋工程装备涂装");
    }

    @Test
    void aCodeWhoseDivisionIsNotInItsSectionIsRefused() {
        assertThatThrownBy(() -> CatalogueEntry.define("O-13-01", "海产品加工", "指导", true, GB_T_4754, "city-reviewer", AT))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(CatalogueProblem.UNKNOWN_INDUSTRY);
                    assertThat(e.getMessage()).contains("80–82");
                });
        assertThatThrownBy(() -> CatalogueEntry.define("O-80-00", "家政服务", "指导", true, GB_T_4754, "city-reviewer", AT))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(CatalogueProblem.MALFORMED_CODE));
    }

    @Test
    void aBrandIsClassifiedOnlyAgainstAnActiveEntryOfItsDivision() {
        CatalogueEntry housekeeping = CatalogueEntry.define("O-80-01", "家政服务", "指导", true, GB_T_4754, "city-reviewer", AT);

        housekeeping.requireUsableIn("O", "80");
        assertThatThrownBy(() -> housekeeping.requireUsableIn("O", "81"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(CatalogueProblem.CATALOGUE_ENTRY_ELSEWHERE));
        CatalogueEntry retired = housekeeping.revise("家政服务", "指导", false, "city-reviewer", AT);
        assertThat(retired.version()).isEqualTo(1);
        assertThatThrownBy(() -> retired.requireUsableIn("O", "80"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(CatalogueProblem.CATALOGUE_ENTRY_INACTIVE));
    }
}
