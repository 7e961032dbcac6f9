package cn.dalian.laborbrand.registry.catalogue;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * An entry of the industry guidance catalogue (分行业劳务品牌建设指导目录): a kind of labour brand the city encourages, in
 * the GB/T 4754 division its code names ({@code O-80-01}: section O, division 80, entry 01), with the guidance text.
 * An entry no longer encouraged is deactivated, never deleted (brands classified against it keep it).
 */
public record CatalogueEntry(String code, String name, String industrySection, String industryDivision, String guidance, boolean active,
        String updatedBy, Instant updatedAt, int version) {

    private static final Pattern CODE = Pattern.compile("([A-T])-(\\d{2})-(\\d{2})");

    /** A new entry: its section and division are read from its code and must be a division of that section. */
    public static CatalogueEntry define(String code, String name, String guidance, boolean active, IndustryClassification industries,
            String by, Instant at) {
        Matcher parts = CODE.matcher(code);
        if (!parts.matches() || "00".equals(parts.group(3))) {
            throw new PlatformException(CatalogueProblem.MALFORMED_CODE);
        }
        industries.requireDivisionInSection(parts.group(1), parts.group(2));
        return new CatalogueEntry(code, name.strip(), parts.group(1), parts.group(2), guidance.strip(), active, by, at, 0);
    }

    /** The same entry with a new name, guidance or active flag; its code and so its industry stay. */
    public CatalogueEntry revise(String newName, String newGuidance, boolean nowActive, String by, Instant at) {
        return new CatalogueEntry(code, newName.strip(), industrySection, industryDivision, newGuidance.strip(), nowActive, by, at, version + 1);
    }

    /** Refuses to classify a brand in the division against this entry unless it is active and in that division. */
    public void requireUsableIn(String section, String division) {
        if (!active) {
            throw new PlatformException(CatalogueProblem.CATALOGUE_ENTRY_INACTIVE);
        }
        if (!industrySection.equals(section) || !industryDivision.equals(division)) {
            throw new PlatformException(CatalogueProblem.CATALOGUE_ENTRY_ELSEWHERE, "指导目录条目 " + code + " " + name + " 属于门类 "
                    + industrySection + " 大类 " + industryDivision + "，与所选行业（" + section + " " + division + "）不一致。");
        }
    }
}
