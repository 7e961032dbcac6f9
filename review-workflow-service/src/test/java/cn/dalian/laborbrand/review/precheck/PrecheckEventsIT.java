package cn.dalian.laborbrand.review.precheck;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** Review consumes EligibilityAssessed and keeps it for the case's reviewers. */
@PlatformIntegrationTest
class PrecheckEventsIT implements InboxContract<EligibilityAssessed> {

    @Autowired
    JdbcClient jdbc;

    @Override
    public EventDefinition<EligibilityAssessed> consumedEvent() {
        return EligibilityEvents.ASSESSED;
    }

    @Override
    public long effectsOf(EligibilityAssessed payload) {
        return jdbc.sql("SELECT count(*) FROM case_assessment WHERE application_id = :id").param("id", payload.applicationId())
                .query(Long.class).single();
    }
}
