package cn.dalian.laborbrand.review.inspection;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.review.casework.InspectionOutcome;
import cn.dalian.laborbrand.review.casework.InspectionRecords;

/**
 * Answers casework's question about a case's inspection. Apart from {@link InspectionService} on purpose: that service
 * reaches casework, and casework reaches this.
 */
@Component
class InspectionOutcomes implements InspectionRecords {

    private final InspectionRepository records;

    InspectionOutcomes(InspectionRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InspectionOutcome> outcomeOf(UUID caseId) {
        return records.find(caseId).flatMap(InspectionRecord::outcome);
    }
}
