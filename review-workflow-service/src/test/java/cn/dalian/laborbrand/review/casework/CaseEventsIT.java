package cn.dalian.laborbrand.review.casework;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** Review consumes ApplicationSubmitted (a case opens) and publishes DistrictDecisionMade. */
@PlatformIntegrationTest
class CaseEventsIT implements InboxContract<ApplicationSubmitted>, OutboxContract {

    private static final Reviewer GANJINGZI = new Reviewer("reviewer-ganjingzi",
            new ReviewerScope(java.util.Optional.of("210211"), false), java.util.Set.of(cn.dalian.laborbrand.platform.security.Role.DISTRICT_REVIEWER));

    @Autowired
    CaseworkService casework;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Override
    public EventDefinition<ApplicationSubmitted> consumedEvent() {
        return ApplicationEvents.SUBMITTED;
    }

    @Override
    public long effectsOf(ApplicationSubmitted payload) {
        return jdbc.sql("SELECT count(*) FROM review_case WHERE application_id = :id").param("id", payload.applicationId())
                .query(Long.class).single();
    }

    @Override
    public EventDefinition<?> publishedEvent() {
        return ReviewEvents.DISTRICT_DECISION_MADE;
    }

    @Override
    public String changeStateAndCommit() {
        ReviewCase opened = casework.open(newPayload()).orElseThrow();
        casework.decideAtDistrict(opened.id(), GANJINGZI, new CaseRequests.DistrictDecisionRequest(true, true, "材料齐全，实地查验属实。"));
        return opened.id().toString();
    }

    @Override
    public void changeStateThenRollBack() {
        ReviewCase opened = casework.open(newPayload()).orElseThrow();
        transaction.executeWithoutResult(status -> {
            casework.decideAtDistrict(opened.id(), GANJINGZI, new CaseRequests.DistrictDecisionRequest(true, false, null));
            throw new IllegalStateException("the decision could not be recorded to the end");
        });
    }
}
