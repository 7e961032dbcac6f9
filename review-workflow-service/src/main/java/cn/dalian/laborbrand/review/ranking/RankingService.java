package cn.dalian.laborbrand.review.ranking;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.ReviewCase;
import cn.dalian.laborbrand.review.casework.ReviewStage;
import cn.dalian.laborbrand.review.casework.Reviewer;
import cn.dalian.laborbrand.review.precheck.Precheck;
import cn.dalian.laborbrand.review.precheck.PrecheckService;
import cn.dalian.laborbrand.review.ranking.RankingRequests.PairingRequest;
import cn.dalian.laborbrand.review.ranking.RecommendationRanking.Candidate;

/** The pairings districts record, and the city's ranking of the recommended brands. */
@Service
class RankingService {

    private final CaseworkService casework;
    private final PrecheckService prechecks;
    private final PairingRepository pairings;
    private final Clock clock;

    RankingService(CaseworkService casework, PrecheckService prechecks, PairingRepository pairings, Clock clock) {
        this.casework = casework;
        this.prechecks = prechecks;
        this.pairings = pairings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<PovertyPairing> pairingOf(UUID caseId, Reviewer reviewer) {
        return pairings.find(casework.visibleCase(caseId, reviewer).id());
    }

    /** The district records (or corrects) a case's pairing while the case is still its own, before it is forwarded. */
    @Transactional
    PovertyPairing recordPairing(UUID caseId, Reviewer reviewer, PairingRequest request) {
        ReviewCase reviewCase = districtsOwn(caseId, reviewer);
        PovertyPairing pairing = new PovertyPairing(reviewCase.id(), request.area().strip(), request.keyAssisted(), request.arrangement().strip(),
                reviewer.username(), clock.instant());
        pairings.save(pairing);
        return pairing;
    }

    @Transactional
    void removePairing(UUID caseId, Reviewer reviewer) {
        pairings.delete(districtsOwn(caseId, reviewer).id());
    }

    /** The recommended brands of a campaign in rank order, with what each was ranked on. */
    @Transactional(readOnly = true)
    List<RankedBrand> ranking(String campaign) {
        List<ReviewCase> recommended = casework.recommendedForCity(campaign);
        Map<UUID, ReviewCase> byId = recommended.stream().collect(Collectors.toMap(ReviewCase::id, Function.identity()));
        Map<UUID, PovertyPairing> paired = pairings.findAll(byId.keySet());
        List<Candidate> candidates = recommended.stream().map(reviewCase -> new Candidate(reviewCase.id(),
                prechecks.of(reviewCase.applicationId()).map(Precheck::levelsMet).map(met -> met.contains(BrandLevel.CITY)).orElse(false),
                Optional.ofNullable(paired.get(reviewCase.id())), employedLatestYear(casework.applicationOf(reviewCase)), reviewCase.openedAt()))
                .toList();
        List<Candidate> ranked = RecommendationRanking.rank(candidates);
        return java.util.stream.IntStream.range(0, ranked.size()).mapToObj(index -> {
            Candidate candidate = ranked.get(index);
            ReviewCase reviewCase = byId.get(candidate.caseId());
            return new RankedBrand(index + 1, reviewCase.id(), reviewCase.brandNameAt(BrandLevel.CITY), reviewCase.unitName(),
                    reviewCase.district(), reviewCase.stage(), reviewCase.stage().label(), candidate.cityStandardMet(),
                    reviewCase.districtDecision().overrideReason(), candidate.pairingStanding(), candidate.pairingStanding().label(),
                    candidate.pairing().map(PovertyPairing::area).orElse(null), candidate.employedLatestYear(), reviewCase.certifiedLevel());
        }).toList();
    }

    private ReviewCase districtsOwn(UUID caseId, Reviewer reviewer) {
        ReviewCase reviewCase = casework.visibleCase(caseId, reviewer);
        if (reviewCase.isForwarded() || reviewCase.stage().isClosed() || reviewCase.stage().office().isEmpty()) {
            throw new PlatformException(RankingProblem.PAIRING_CLOSED);
        }
        return reviewCase;
    }

    /** Workers employed in the latest year: counted from the roster when the unit handed one in, else as declared. */
    static int employedLatestYear(Optional<ApplicationSubmitted> application) {
        return application.map(handedIn -> {
            if (handedIn.roster() != null && !handedIn.roster().years().isEmpty()) {
                return handedIn.roster().years().stream().max(Comparator.comparingInt(ApplicationSubmitted.RosterYear::year)).orElseThrow()
                        .employedCount();
            }
            return handedIn.declaredYears().stream().max(Comparator.comparingInt(ApplicationSubmitted.DeclaredYear::year))
                    .map(ApplicationSubmitted.DeclaredYear::employedCount).orElse(0);
        }).orElse(0);
    }
}
