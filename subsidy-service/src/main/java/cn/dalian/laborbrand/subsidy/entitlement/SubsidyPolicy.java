package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Map;
import java.util.Optional;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * How much a newly certified brand's unit receives, once, by campaign and level. The amounts are the
 * campaign's data (configuration), not constants: under the 2022 notice a city-level brand gets
 * ¥50,000, a provincial-level one ¥100,000, a district-level one nothing.
 *
 * @param amountsFen per campaign, per level ({@code DISTRICT}, {@code CITY}, {@code PROVINCIAL}), in fen;
 *                   a level absent from its campaign gets no subsidy
 */
public record SubsidyPolicy(Map<String, Map<String, Long>> amountsFen) {

    public SubsidyPolicy {
        amountsFen = amountsFen == null ? Map.of() : Map.copyOf(amountsFen);
    }

    /**
     * @return the amount, or empty when the level gets none
     * @throws IllegalStateException when the campaign has no amounts at all: a configuration to fix, not a zero
     */
    public Optional<Money> amountFor(String campaign, String level) {
        Map<String, Long> levels = amountsFen.get(campaign);
        if (levels == null) {
            throw new IllegalStateException("no subsidy amounts are configured for campaign " + campaign
                    + " (laborbrand.subsidy.amounts-fen." + campaign + ")");
        }
        return Optional.ofNullable(levels.get(level)).map(Money::new);
    }
}
