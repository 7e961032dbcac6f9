package cn.dalian.laborbrand.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.review.ranking.RecommendationRanking.Candidate;

/** The tie-break of the notice (同等条件下，与脱贫地区特别是重点帮扶地区结对子的优先) in the city's ranking. */
class RecommendationRankingTest {

    private static final Instant NOV_15 = Instant.parse("2022-11-15T02:00:00Z");

    @Test
    void amongBrandsMeetingTheCityStandardAPairingWithAKeyAssistedAreaComesFirstThenAnyPairingThenTheRest() {
        // given three brands that met the city standard, the unpaired one with the most workers
        Candidate unpaired = candidate("unpaired", true, null, 2_400);
        Candidate paired = candidate("paired", true, pairing("甘肃省定西市安定区", false), 1_300);
        Candidate keyAssisted = candidate("key", true, pairing("贵州省六盘水市水城区", true), 1_100);

        // when ranked, then the pairing decides among equals before the number of workers
        assertThat(RecommendationRanking.rank(List.of(unpaired, paired, keyAssisted))).containsExactly(keyAssisted, paired, unpaired);
    }

    @Test
    void aBrandRecommendedAgainstThePrecheckRanksAfterEveryBrandThatMetTheCityStandardWhateverItsPairing() {
        Candidate overridden = candidate("overridden", false, pairing("贵州省六盘水市水城区", true), 3_000);
        Candidate met = candidate("met", true, null, 900);

        assertThat(RecommendationRanking.rank(List.of(overridden, met))).containsExactly(met, overridden);
    }

    @Test
    void withTheSamePairingTheLargerNumberOfWorkersEmployedRanksFirst() {
        Candidate smaller = candidate("smaller", true, null, 1_050);
        Candidate larger = candidate("larger", true, null, 1_190);

        assertThat(RecommendationRanking.rank(List.of(smaller, larger))).containsExactly(larger, smaller);
    }

    private static Candidate candidate(String name, boolean met, PovertyPairing pairing, int employed) {
        return new Candidate(UUID.nameUUIDFromBytes(name.getBytes()), met, Optional.ofNullable(pairing), employed, NOV_15);
    }

    private static PovertyPairing pairing(String area, boolean keyAssisted) {
        return new PovertyPairing(UUID.randomUUID(), area, keyAssisted, "签订劳务协作协议，2022 年吸纳该地区脱贫劳动力 86 人就业。", "reviewer-ganjingzi",
                NOV_15);
    }
}
