package cn.dalian.laborbrand.notification.notices;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.registry.BrandRegistered;
import cn.dalian.laborbrand.contracts.registry.RegistryEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
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

    /** Each brand its own certificate number, by which its message is found. */
    private static final AtomicInteger CERTIFICATES = new AtomicInteger(100_000 + new java.util.Random().nextInt(800_000));

    @Override
    public BrandRegistered newPayload() {
        return new BrandRegistered(UUID.randomUUID(), UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司", "210211",
                "大连甘井子金港家政服务师劳务品牌", BrandLevel.CITY, "DL-LB-2022-CITY-" + CERTIFICATES.incrementAndGet(),
                LocalDate.of(2022, 12, 20));
    }

    @Override
    public String subjectOf(BrandRegistered payload) {
        return payload.brandId().toString();
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
