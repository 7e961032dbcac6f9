package cn.dalian.laborbrand.registry;

import cn.dalian.laborbrand.platform.test.ServiceFoundationContract;
import cn.dalian.laborbrand.platform.test.TestUser;

class BrandRegistryServiceFoundationIT extends ServiceFoundationContract {

    @Override
    protected String ownDatabase() {
        return "brand_registry";
    }

    @Override
    protected Call allowedCall() {
        return Call.get("/api/registry/events", TestUser.PROVINCIAL_SYSTEM);
    }

    @Override
    protected Call forbiddenCall() {
        return Call.get("/api/registry/events", TestUser.APPLICANT_A);
    }

    @Override
    protected Call invalidCall() {
        return Call.get("/api/public/brands?level=PROVINCE", null);
    }

    @Override
    protected String invalidField() {
        return "level";
    }
}
