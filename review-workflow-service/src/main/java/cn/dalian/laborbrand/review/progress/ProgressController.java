package cn.dalian.laborbrand.review.progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;

/** District progress for the city bureau and the leading group office (and each district for itself). */
@RestController
class ProgressController {

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/api/reviews/progress")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public CampaignProgress progress(CurrentUser user, @RequestParam String campaign) {
        return progress.progress(campaign, Reviewer.of(user));
    }
}
