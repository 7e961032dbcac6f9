package cn.dalian.laborbrand.review.casework;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/** A reviewer's queue: the cases of their own district, or what the districts forwarded to the city. */
@RestController
@RequestMapping("/api/reviews/cases")
class CaseQueueController {

    private final CaseRepository cases;
    private final CaseMapper mapper;

    CaseQueueController(CaseRepository cases, CaseMapper mapper) {
        this.cases = cases;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    @Transactional(readOnly = true)
    public List<CaseView> queue(CurrentUser user, @RequestParam Optional<ReviewStage> stage) {
        ReviewerScope scope = ReviewerScope.of(user.roles(), user.district());
        return mapper.toViews(cases.findVisible(scope, scope.visibleStages(stage)));
    }
}
