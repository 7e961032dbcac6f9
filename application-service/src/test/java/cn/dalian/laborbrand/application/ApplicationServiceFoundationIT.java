package cn.dalian.laborbrand.application;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class ApplicationServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "application";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/applications", TestUser.APPLICANT_A);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/applications", TestUser.REVIEWER_GANJINGZI);
    }

    @Override
    protected Call invalidCall() {
        return Call.post("/api/applications", TestUser.APPLICANT_A,
                """
                {"brandName": "", "requestedLevels": ["DISTRICT"]}
                """);
    }

    @Override
    protected String invalidField() {
        return "brandName";
    }
}
