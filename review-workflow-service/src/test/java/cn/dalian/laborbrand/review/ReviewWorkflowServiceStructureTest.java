package cn.dalian.laborbrand.review;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class ReviewWorkflowServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return ReviewWorkflowServiceApplication.class;
    }
}
