package cn.dalian.laborbrand.review;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class ReviewWorkflowServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "review_workflow";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/reviews/cases", TestUser.REVIEWER_GANJINGZI);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/reviews/cases", TestUser.APPLICANT_A);
    }

    @Override
    protected Call invalidCall() {
        return Call.get("/api/reviews/cases?stage=FINISHED", TestUser.CITY_REVIEWER);
    }

    @Override
    protected String invalidField() {
        return "stage";
    }
}
