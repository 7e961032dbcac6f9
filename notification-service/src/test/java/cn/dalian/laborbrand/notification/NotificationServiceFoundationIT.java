package cn.dalian.laborbrand.notification;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class NotificationServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "notification";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/notifications", TestUser.APPLICANT_A);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/notifications", TestUser.PROVINCIAL_SYSTEM);
    }

    @Override
    protected Call invalidCall() {
        return Call.post("/api/notifications/not-a-message-id/read", TestUser.APPLICANT_A, null);
    }

    @Override
    protected String invalidField() {
        return "id";
    }
}
