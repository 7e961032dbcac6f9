package cn.dalian.laborbrand.review.ranking;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;

/** Pairings with poverty-alleviated areas, recorded by districts; the ranking of recommended brands, read by the city. */
@RestController
@RequestMapping("/api/reviews")
class RankingController {

    private final RankingService ranking;

    RankingController(RankingService ranking) {
        this.ranking = ranking;
    }

    /** The case's recorded pairing; 204 when none is recorded. */
    @GetMapping("/cases/{id}/pairing")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public ResponseEntity<PovertyPairing> pairing(CurrentUser user, @PathVariable UUID id) {
        return ranking.pairingOf(id, Reviewer.of(user)).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PutMapping("/cases/{id}/pairing")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public PovertyPairing recordPairing(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody RankingRequests.PairingRequest request) {
        return ranking.recordPairing(id, Reviewer.of(user), request);
    }

    @DeleteMapping("/cases/{id}/pairing")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public ResponseEntity<Void> removePairing(CurrentUser user, @PathVariable UUID id) {
        ranking.removePairing(id, Reviewer.of(user));
        return ResponseEntity.noContent().build();
    }

    /** The brands of a campaign recommended for the city level, in rank order (a campaign has tens: not paged). */
    @GetMapping("/ranking")
    @PreAuthorize("hasAnyRole('CITY_REVIEWER', 'LEADING_GROUP')")
    public List<RankedBrand> ranking(@RequestParam String campaign) {
        return ranking.ranking(campaign);
    }
}
