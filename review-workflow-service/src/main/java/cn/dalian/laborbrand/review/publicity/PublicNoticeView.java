package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * A notice as the public reads it: its title, text and signatory, its period, and the brands it lists (brand, unit,
 * level, district). Nothing about people, and nothing the public has no use for.
 *
 * @param body the paragraphs, separated by a line break
 */
public record PublicNoticeView(UUID id, String district, String title, String body, String issuer, LocalDate startsOn, LocalDate endsOn,
        List<ListedBrand> entries) {

    /** One brand on the list; its id is what an objection names. */
    public record ListedBrand(UUID id, int position, String brandName, String unitName, String district, Set<BrandLevel> levels) {
    }
}
