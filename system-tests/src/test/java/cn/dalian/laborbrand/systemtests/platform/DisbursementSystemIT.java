package cn.dalian.laborbrand.systemtests.platform;

import static cn.dalian.laborbrand.systemtests.platform.Eventually.eventually;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The subsidy under maker–checker, across the services, through the gateway with Keycloak's tokens: the finance approver
 * sets the year's budget; for a newly certified city-level brand the finance clerk prepares a payment batch, whose payee is
 * read from the unit's profile in application-service with the clerk's own token (the account number answered masked);
 * another person, the approver, approves it against the budget.
 */
@ExtendWith(RunningPlatform.class)
class DisbursementSystemIT {

    private static final long TEN_MILLION_YUAN_FEN = 1_000_000_000L;

    @Test
    void aClerksBatchPaysTheUnitsOwnAccountAndIsApprovedByAnotherPersonAgainstTheYearsBudget(PlatformClient client) {
        String clerk = client.tokenOf("finance-clerk");
        String approver = client.tokenOf("finance-approver");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        // given the year's employment subsidy fund, set by the approver (a clerk may not)
        String allocation = """
                {"allocationFen": %d, "reference": "大财社〔%d〕88号", "note": "就业补助资金（劳务品牌奖补）"}
                """.formatted(TEN_MILLION_YUAN_FEN, year);
        assertThat(client.put("/api/subsidies/budgets/" + year, clerk, allocation).status()).isEqualTo(403);
        var budget = client.put("/api/subsidies/budgets/" + year, approver, allocation);
        assertThat(budget.status()).as(budget.toString()).isEqualTo(200);
        long reservedBefore = budget.json().get("reservedFen").asLong();

        // and a city-level brand of 大连金港人力资源服务有限公司 certified through the whole walk, entitled to ¥50,000
        String brandId = SystemBrands.certifiedInGanjingzi(client, SystemBrands.Walk.city("大连甘井子金港育婴员师劳务品牌",
                "大连金港育婴员师劳务品牌", "金港育婴员师品牌面向甘井子区城乡劳动者开展育婴员职业技能培训，定向输送大连各家政企业。", 70_000));
        JsonNode entitlement = eventually(() -> client.all("/api/subsidies/entitlements", clerk), list -> find(list, "brandId", brandId));
        String entitlementId = entitlement.get("id").asString();

        // when the clerk prepares a batch of it
        var prepared = client.post("/api/subsidies/batches", clerk, """
                {"year": %d, "entitlementIds": ["%s"]}
                """.formatted(year, entitlementId));
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(201);
        String batchId = prepared.json().get("id").asString();

        // then its payee is the unit's own account from its profile, the number masked
        JsonNode line = prepared.json().get("lines").get(0);
        assertThat(line.get("payeeAccountName").asString()).isEqualTo("大连金港人力资源服务有限公司");
        assertThat(line.get("payeeBankName").asString()).isEqualTo("中国工商银行大连甘井子支行");
        assertThat(line.get("payeeAccountNumber").asString()).contains("*").doesNotContain("3400200109000123456");
        assertThat(prepared.json().get("purpose").asString()).isEqualTo(year + "年度劳务品牌一次性奖补资金");
        // and the entitlement cannot go into a second batch
        assertThat(client.post("/api/subsidies/batches", clerk, """
                {"year": %d, "entitlementIds": ["%s"]}
                """.formatted(year, entitlementId)).status()).isEqualTo(409);

        // when the clerk tries to approve it, and then the approver does
        assertThat(client.post("/api/subsidies/batches/" + batchId + "/approval", clerk, "").status()).isEqualTo(403);
        var approved = client.post("/api/subsidies/batches/" + batchId + "/approval", approver, "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        // then the batch is approved by another person, the ¥50,000 reserved against the year's budget, the entitlement approved
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("preparedBy").asString()).isEqualTo("finance-clerk");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("finance-approver");
        assertThat(client.get("/api/subsidies/budgets/" + year, approver).json().get("reservedFen").asLong())
                .isEqualTo(reservedBefore + 5_000_000L);
        assertThat(find(client.all("/api/subsidies/entitlements", clerk).json(), "id", entitlementId).get("status").asString())
                .isEqualTo("APPROVED");
    }
}
