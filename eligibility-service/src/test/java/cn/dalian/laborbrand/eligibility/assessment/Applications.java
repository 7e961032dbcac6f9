package cn.dalian.laborbrand.eligibility.assessment;

import java.util.List;

import cn.dalian.laborbrand.contracts.application.ApplicationSubmitted;

/** Variations of {@code SampleEvents.applicationSubmitted}: the same application in another campaign or with other figures. */
final class Applications {

    private Applications() {
    }

    static ApplicationSubmitted inCampaign(ApplicationSubmitted a, String campaign) {
        return new ApplicationSubmitted(a.applicationId(), campaign, a.orgId(), a.unitName(), a.district(), a.brandName(), a.unitType(),
                a.requestedLevels(), a.declaredYears(), a.labourPractice(), a.submittedBy(), a.submittedAt(), a.cityBrandName(),
                a.description(), a.unit());
    }

    static ApplicationSubmitted withYears(ApplicationSubmitted a, ApplicationSubmitted.DeclaredYear... years) {
        return new ApplicationSubmitted(a.applicationId(), a.campaign(), a.orgId(), a.unitName(), a.district(), a.brandName(),
                a.unitType(), a.requestedLevels(), List.of(years), a.labourPractice(), a.submittedBy(), a.submittedAt(),
                a.cityBrandName(), a.description(), a.unit());
    }
}
