package cn.dalian.laborbrand.eligibility;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class EligibilityServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "eligibility";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/eligibility/campaigns/2022/criteria", TestUser.REVIEWER_GANJINGZI);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/eligibility/campaigns/2022/criteria", TestUser.FINANCE_CLERK);
    }

    @Override
    protected Call invalidCall() {
        return Call.get("/api/eligibility/campaigns/22x/criteria", TestUser.APPLICANT_A);
    }

    @Override
    protected String invalidField() {
        return "campaign";
    }
}
