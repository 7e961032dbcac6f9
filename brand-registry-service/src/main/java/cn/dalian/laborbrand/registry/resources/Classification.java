package cn.dalian.laborbrand.registry.resources;

import java.util.Optional;

/**
 * Where a brand sits: its GB/T 4754-2017 section and division, its sector in plain words, and the guidance catalogue
 * entry it is classified against (none when the catalogue has no entry for it).
 */
public record Classification(String industrySection, String industryDivision, String sector, String catalogueEntry) {

    public Optional<String> catalogueCode() {
        return Optional.ofNullable(catalogueEntry).filter(code -> !code.isBlank());
    }
}
