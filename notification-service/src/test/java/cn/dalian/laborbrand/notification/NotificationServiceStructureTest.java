package cn.dalian.laborbrand.notification;

import cn.dalian.laborbrand.platform.test.structure.ServiceStructureContract;

class NotificationServiceStructureTest implements ServiceStructureContract {

    @Override
    public Class<?> application() {
        return NotificationServiceApplication.class;
    }
}
