package cn.dalian.laborbrand.subsidy.entitlement;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * How much a brand's unit receives, once per certification, in one campaign. The amounts are the campaign's data
 * (table {@code subsidy_amount}), not constants: under the 2022 notice a city-level certification brings ¥50,000, the
 * province's ¥100,000, a district-level one nothing. Both the city's and the province's are one-time subsidies of
 * different levels, so a brand certified at both receives both, unless the campaign says that the provincial one does not
 * add to the city's ({@code subsidy_rule.provincial_adds_to_city}): then a brand receives the first of the two only.
 *
 * @param campaign             the campaign the amounts are of
 * @param amountsFen           per certification level, in fen; a level absent gets no subsidy
 * @param provincialAddsToCity whether a brand entitled at one of CITY and PROVINCIAL is entitled at the other too
 */
public record SubsidyPolicy(String campaign, Map<CertificationLevel, Long> amountsFen, boolean provincialAddsToCity) {

    private static final Set<CertificationLevel> CITY_AND_PROVINCE = EnumSet.of(CertificationLevel.CITY, CertificationLevel.PROVINCIAL);

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
     * @param alreadyEntitled the certifications the brand holds entitlements for already
     * @return the amount the certification brings, or empty when its level gets none, the brand has it already, or the
     *         campaign lets a brand have only one of the city's and the province's
     * @throws IllegalStateException when the campaign has no amounts at all: data to set, not a zero
     */
    public Optional<Money> amountFor(CertificationLevel certification, Set<CertificationLevel> alreadyEntitled) {
        if (amountsFen.isEmpty()) {
            throw new IllegalStateException("no subsidy amounts are set for campaign " + campaign + " (table subsidy_amount)");
        }
        if (alreadyEntitled.contains(certification) || excludedByTheOther(certification, alreadyEntitled)) {
            return Optional.empty();
        }
        return Optional.ofNullable(amountsFen.get(certification)).map(Money::new);
    }

    /**
     * As {@link #amountFor(CertificationLevel, Set)}, against the entitlements held already. An entitlement's business key is
     * the application and the certification level (as the registry's brand is one per application and level), so the
     * application's entitlements count whatever brand id they were created under: a certification re-sent under a new brand
     * id brings nothing. The brand's count too (a provincial certification names the brand the city's created).
     */
    public Optional<Money> amountFor(CertificationLevel certification, UUID applicationId, UUID brandId, Collection<Entitlement> held) {
        return amountFor(certification, held.stream()
                .filter(entitlement -> entitlement.applicationId().equals(applicationId) || entitlement.brandId().equals(brandId))
                .map(Entitlement::level)
                .collect(Collectors.toSet()));
    }

    /** With the provincial subsidy not adding to the city's, either one excludes the other. */
    private boolean excludedByTheOther(CertificationLevel certification, Set<CertificationLevel> alreadyEntitled) {
        return !provincialAddsToCity && CITY_AND_PROVINCE.contains(certification) && alreadyEntitled.stream().anyMatch(CITY_AND_PROVINCE::contains);
    }
}
