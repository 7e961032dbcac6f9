package cn.dalian.laborbrand.notification.notices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.platform.test.InboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** Notification consumes every event people must hear of; here BrandRegistered stands for them all. */
@PlatformIntegrationTest
class NoticeEventsIT implements InboxContract<BrandRegistered> {

    @Autowired
    JdbcClient jdbc;

    @Override
    public EventDefinition<BrandRegistered> consumedEvent() {
        return RegistryEvents.BRAND_REGISTERED;
    }

    /** The unit's messages naming the brand's certificate number. */
    @Override
    public long effectsOf(BrandRegistered payload) {
        return jdbc.sql("SELECT count(*) FROM inbox_message WHERE recipient_kind = 'ORGANISATION' AND body LIKE :number")
                .param("number", "%" + payload.certificateNumber() + "%")
                .query(Long.class)
                .single();
    }
}
