package cn.dalian.laborbrand.review.precheck;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;

/** The pre-checks of applications as reviewers see them; casework reads them here when a reviewer decides. */
@Service
public class PrecheckService {

    private final PrecheckRepository prechecks;

    PrecheckService(PrecheckRepository prechecks) {
        this.prechecks = prechecks;
    }

    /** Keeps the latest assessment of an application; an older one arriving late changes nothing. */
    @Transactional
    public void save(EligibilityAssessed assessed) {
        prechecks.save(assessed);
    }

    @Transactional(readOnly = true)
    public Optional<Precheck> of(UUID applicationId) {
        return prechecks.find(applicationId);
    }
}
