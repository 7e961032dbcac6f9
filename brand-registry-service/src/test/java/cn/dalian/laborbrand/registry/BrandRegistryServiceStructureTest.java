package cn.dalian.laborbrand.registry;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class BrandRegistryServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return BrandRegistryServiceApplication.class;
    }
}
