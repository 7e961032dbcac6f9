package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Map;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * How much a newly certified brand's unit receives, once, in one campaign, by level. The amounts are the
 * campaign's data (table {@code subsidy_amount}), not constants: under the 2022 notice a city-level brand gets
 * ¥50,000, a provincial-level one ¥100,000, a district-level one nothing.
 *
 * @param campaign   the campaign the amounts are of
 * @param amountsFen per level ({@code DISTRICT}, {@code CITY}, {@code PROVINCIAL}), in fen; a level absent gets no
 *                   subsidy
 */
public record SubsidyPolicy(String campaign, Map<String, Long> amountsFen) {

    public SubsidyPolicy {
        amountsFen = amountsFen == null ? Map.of() : Map.copyOf(amountsFen);
        amountsFen.forEach((level, fen) -> {
            if (fen <= 0) {
                throw new IllegalArgumentException("the " + level + " subsidy of campaign " + campaign + " is " + fen
                        + " fen: a level that gets nothing has no amount at all");
            }
        });
    }

    /**
     * @return the amount, or empty when the level gets none
     * @throws IllegalStateException when the campaign has no amounts at all: data to set, not a zero
     */
    public Optional<Money> amountFor(String level) {
        if (amountsFen.isEmpty()) {
            throw new IllegalStateException("no subsidy amounts are set for campaign " + campaign + " (table subsidy_amount)");
        }
        return Optional.ofNullable(amountsFen.get(level)).map(Money::new);
    }
}
