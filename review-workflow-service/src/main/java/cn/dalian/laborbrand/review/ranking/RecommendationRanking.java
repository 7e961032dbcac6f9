package cn.dalian.laborbrand.review.ranking;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The order of the brands recommended for the city level (DOMAIN: tie-break). Equal conditions are read as an equal
 * standing against the city standard: a brand whose pre-check met it ranks before one the district recommended by
 * override; among equals, a brand paired with a key assisted area comes first, then one paired with another
 * poverty-alleviated area, then the rest (同等条件下…优先); after that the larger number of workers employed in the
 * latest declared year, then the earlier application.
 */
public final class RecommendationRanking {

    /** How a pairing weighs in the tie-break. */
    public enum PairingStanding {
        KEY_ASSISTED_AREA("与重点帮扶地区结对"), POVERTY_ALLEVIATED_AREA("与脱贫地区结对"), NONE("未结对");

        private final String label;

        PairingStanding(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static PairingStanding of(Optional<PovertyPairing> pairing) {
            return pairing.map(found -> found.keyAssisted() ? KEY_ASSISTED_AREA : POVERTY_ALLEVIATED_AREA).orElse(NONE);
        }
    }

    /** One recommended brand as the ranking weighs it. */
    public record Candidate(UUID caseId, boolean cityStandardMet, Optional<PovertyPairing> pairing, int employedLatestYear,
            java.time.Instant openedAt) {

        public PairingStanding pairingStanding() {
            return PairingStanding.of(pairing);
        }
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate candidate) -> !candidate.cityStandardMet())
            .thenComparing(Candidate::pairingStanding)
            .thenComparing(Comparator.comparingInt(Candidate::employedLatestYear).reversed())
            .thenComparing(Candidate::openedAt)
            .thenComparing(Candidate::caseId);

    private RecommendationRanking() {
    }

    /** The candidates in rank order, first first. */
    public static List<Candidate> rank(List<Candidate> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }
}
