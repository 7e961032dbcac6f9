package cn.dalian.laborbrand.review.publicity;

import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * With demonstration data only (the embedded run and the tests, never a deployment): an operator lets the working days
 * of a case's notice pass at once, so that a walk through the whole platform need not wait five working days now that a
 * notice can no longer be dated back. The notice's window moves back so that its last day was yesterday; the closing
 * then deals with it as with any ended notice (an open objection still holds the case).
 */
@RestController
@ConditionalOnBooleanProperty("laborbrand.demo-data")
class DemoNoticeDays {

    private final PublicityService publicity;

    DemoNoticeDays(PublicityService publicity) {
        this.publicity = publicity;
    }

    @PostMapping("/api/reviews/cases/{id}/publicity/elapse")
    @PreAuthorize("hasRole('OPERATOR')")
    public PublicNotice elapse(@PathVariable UUID id) {
        return publicity.elapse(id);
    }
}
