package cn.dalian.laborbrand.eligibility;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class EligibilityServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return EligibilityServiceApplication.class;
    }
}
