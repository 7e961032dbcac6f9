package cn.dalian.laborbrand.subsidy;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class SubsidyServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "subsidy";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/subsidies/entitlements", TestUser.FINANCE_CLERK);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/subsidies/entitlements", TestUser.APPLICANT_A);
    }

    @Override
    protected Call invalidCall() {
        return Call.get("/api/subsidies/entitlements?status=PAID_TWICE", TestUser.FINANCE_APPROVER);
    }

    @Override
    protected String invalidField() {
        return "status";
    }
}
