package cn.dalian.laborbrand.review.precheck;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.eligibility.EligibilityAssessed;
import cn.dalian.laborbrand.contracts.eligibility.EligibilityEvents;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.SampleEvents;

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
    public EligibilityAssessed newPayload() {
        return SampleEvents.eligibilityAssessed(UUID.randomUUID(), false);
    }

    @Override
    public String subjectOf(EligibilityAssessed payload) {
        return payload.applicationId().toString();
    }

    @Override
    public long effectsOf(EligibilityAssessed payload) {
        return jdbc.sql("SELECT count(*) FROM case_assessment WHERE application_id = :id").param("id", payload.applicationId())
                .query(Long.class).single();
    }
}
