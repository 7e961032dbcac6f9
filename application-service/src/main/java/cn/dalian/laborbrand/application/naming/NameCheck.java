package cn.dalian.laborbrand.application.naming;

import java.util.List;
import java.util.Objects;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * The answer of the naming rule for one proposed name: the pattern it was held against (e.g.
 * {@code 大连 + 区市县 + 企业名号 + 行业 + 工种 + 劳务品牌}), the parts recognised in the order they stand in the name,
 * and every finding. A name passes when there is no finding.
 */
public record NameCheck(BrandLevel level, boolean passed, String expectedPattern, List<NamePart> parts,
                        List<NameFinding> findings) {

    public NameCheck {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(expectedPattern, "expectedPattern");
        parts = List.copyOf(parts);
        findings = List.copyOf(findings);
        if (passed != findings.isEmpty()) {
            throw new IllegalArgumentException("a name passes exactly when there is no finding");
        }
    }
}
