package cn.dalian.laborbrand.subsidy;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class SubsidyServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return SubsidyServiceApplication.class;
    }
}
