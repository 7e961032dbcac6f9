package cn.dalian.laborbrand.review.casework;

import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.review.precheck.PrecheckService;

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

    @Autowired
    PrecheckService prechecks;

    @Autowired
    RestTestClient http;

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
        ApplicationSubmitted submitted = newPayload();
        ReviewCase opened = casework.open(submitted).orElseThrow();
        DecisionFixture.readyToDecide(prechecks, http, submitted, opened.id(), Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                TestUser.REVIEWER_GANJINGZI);
        casework.decideAtDistrict(opened.id(), GANJINGZI, new CaseRequests.DistrictDecisionRequest(true, true, "材料齐全，实地查验属实。"));
        return opened.id().toString();
    }

    @Override
    public void changeStateThenRollBack() {
        ApplicationSubmitted submitted = newPayload();
        ReviewCase opened = casework.open(submitted).orElseThrow();
        DecisionFixture.readyToDecide(prechecks, http, submitted, opened.id(), Set.of(BrandLevel.DISTRICT), TestUser.REVIEWER_GANJINGZI);
        transaction.executeWithoutResult(status -> {
            casework.decideAtDistrict(opened.id(), GANJINGZI, new CaseRequests.DistrictDecisionRequest(true, false, null));
            throw new IllegalStateException("the decision could not be recorded to the end");
        });
    }
}
