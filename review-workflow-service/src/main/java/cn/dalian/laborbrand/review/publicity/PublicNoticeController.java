package cn.dalian.laborbrand.review.publicity;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.review.casework.Reviewer;

/** The public notice (公示): anyone reads it; a district bureau starts it; operators may close ended ones now. */
@RestController
class PublicNoticeController {

    private final PublicityService publicity;

    PublicNoticeController(PublicityService publicity) {
        this.publicity = publicity;
    }

    /** @param startsOn the day the notice went (or goes) online; today when absent */
    record StartRequest(LocalDate startsOn) {
    }

    @GetMapping("/api/public/notices")
    public Page<PublicNotice> openNotices(@Valid @ParameterObject PageQuery page) {
        return publicity.openNotices(page);
    }

    @PostMapping("/api/reviews/cases/{id}/publicity")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public PublicNotice start(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) StartRequest request) {
        return publicity.start(id, Reviewer.of(user), request == null ? null : request.startsOn());
    }

    /** The notice of one case, for the reviewers who follow it. */
    @GetMapping("/api/reviews/cases/{id}/publicity")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public PublicNotice noticeOfCase(CurrentUser user, @PathVariable UUID id) {
        return publicity.noticeOf(id, Reviewer.of(user));
    }

    /** What the scheduled check does, at once: after an outage, or to verify a notice's end. */
    @PostMapping("/api/reviews/publicity/closing")
    @PreAuthorize("hasRole('OPERATOR')")
    public Map<String, Integer> closeEndedNotices() {
        return Map.of("closed", publicity.closeEndedNotices());
    }
}
