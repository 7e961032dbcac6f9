package cn.dalian.laborbrand.gateway;

import cn.dalian.laborbrand.platform.test.structure.ModuleStructureContract;

class GatewayStructureTest implements ModuleStructureContract {

    @Override
    public Class<?> application() {
        return GatewayApplication.class;
    }
}
