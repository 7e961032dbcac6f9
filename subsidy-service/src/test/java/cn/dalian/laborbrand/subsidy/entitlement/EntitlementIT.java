package cn.dalian.laborbrand.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;

@PlatformIntegrationTest
class EntitlementIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestTestClient http;

    @BeforeEach
    void noEntitlementsYet() {
        jdbc.sql("DELETE FROM entitlement").update();
    }

    @Test
    void financeStaffSeeEntitlementsWithTheAmountInFenAndInWords() {
        insert(UUID.randomUUID(), "CITY", 5_000_000, "CREATED");

        http.get().uri("/api/subsidies/entitlements?status=CREATED")
                .headers(Tokens.as(TestUser.FINANCE_APPROVER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].amountFen").isEqualTo(5_000_000)
                .jsonPath("$.items[0].amountText").isEqualTo("¥50,000.00")
                .jsonPath("$.items[0].levelLabel").isEqualTo("市级")
                .jsonPath("$.items[0].statusLabel").isEqualTo("待经办");
    }

    @Test
    void theDatabaseRefusesASecondEntitlementForTheSameBrandAndLevel() {
        // given the city-level entitlement of a brand
        UUID brand = UUID.randomUUID();
        insert(brand, "CITY", 5_000_000, "CREATED");

        // when a second one is written for the same brand and level, then the database refuses it
        assertThatThrownBy(() -> insert(brand, "CITY", 5_000_000, "CREATED")).isInstanceOf(DuplicateKeyException.class);
    }

    private void insert(UUID brandId, String level, long amountFen, String status) {
        jdbc.sql("""
                INSERT INTO entitlement (id, brand_id, application_id, org_id, unit_name, brand_name, certification_level, amount_fen, status, created_at, version)
                VALUES (:id, :brandId, :applicationId, '912102440580649631', '大连金港人力资源服务有限公司', '大连金港家政服务师劳务品牌',
                        :level, :amountFen, :status, :createdAt, 0)
                """)
                .param("id", UUID.randomUUID()).param("brandId", brandId).param("applicationId", UUID.randomUUID())
                .param("level", level).param("amountFen", amountFen).param("status", status)
                .param("createdAt", Timestamp.from(Instant.now()))
                .update();
    }
}
