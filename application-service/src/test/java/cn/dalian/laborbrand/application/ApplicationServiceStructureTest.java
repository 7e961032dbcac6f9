package cn.dalian.laborbrand.application;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class ApplicationServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return ApplicationServiceApplication.class;
    }
}
