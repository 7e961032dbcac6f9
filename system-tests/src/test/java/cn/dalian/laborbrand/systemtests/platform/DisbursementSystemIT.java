package cn.dalian.laborbrand.systemtests.platform;

import static cn.dalian.laborbrand.systemtests.platform.Eventually.eventually;
import static cn.dalian.laborbrand.systemtests.platform.Eventually.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

import cn.dalian.laborbrand.launcher.LocalPlatform;

/**
 * The subsidy under maker–checker, across the services, through the gateway with Keycloak's tokens: the finance approver
 * sets the year's budget; for a newly certified city-level brand the finance clerk prepares a payment batch, whose payee is
 * read from the unit's profile in application-service with the clerk's own token (the account number answered masked);
 * another person, the approver, approves it against the budget. The approved payment then goes to the payment system (its
 * simulator, started with the platform), whose signed result comes back through the gateway: the entitlement is paid, the
 * budget's reservation becomes paid, the bank's daily statement imported by finance matches it, and the registry shows
 * the subsidy paid on the brand.
 */
@ExtendWith(RunningPlatform.class)
class DisbursementSystemIT {

    private static final long TEN_MILLION_YUAN_FEN = 1_000_000_000L;

    @Test
    void aClerksBatchApprovedByAnotherPersonIsPaidToTheUnitsOwnAccountReconciledAndShownOnTheBrand(PlatformClient client,
            LocalPlatform platform) {
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
        long paidBefore = budget.json().get("paidFen").asLong();

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

        // then the batch is approved by another person and its ¥50,000 committed against the year's budget (reserved, or
        // already paid: the simulator pays within seconds)
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("preparedBy").asString()).isEqualTo("finance-clerk");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("finance-approver");
        JsonNode committed = client.get("/api/subsidies/budgets/" + year, approver).json();
        assertThat(committed.get("reservedFen").asLong() + committed.get("paidFen").asLong()).isEqualTo(reservedBefore + paidBefore + 5_000_000L);

        // when the payment system pays it and calls back (signed, through the gateway)
        JsonNode paidLine = eventually(() -> client.get("/api/subsidies/batches/" + batchId, clerk),
                batch -> "SUCCEEDED".equals(batch.get("lines").get(0).path("paymentStatus").asString()) ? batch.get("lines").get(0) : null);

        // then the line is paid with the bank's transaction, the entitlement disbursed, the budget's reservation now paid
        assertThat(paidLine.get("paymentStatusLabel").asString()).isEqualTo("已到账");
        String reference = paidLine.get("paymentReference").asString();
        assertThat(reference).isEqualTo(entitlementId + ":1");
        String transaction = paidLine.get("bankTransactionId").asString();
        assertThat(transaction).startsWith("DLBK");
        assertThat(client.get("/api/subsidies/batches/" + batchId, clerk).json().get("paymentLabel").asString()).isEqualTo("已支付");
        assertThat(find(client.all("/api/subsidies/entitlements", clerk).json(), "id", entitlementId).get("status").asString())
                .isEqualTo("DISBURSED");
        JsonNode spent = client.get("/api/subsidies/budgets/" + year, approver).json();
        assertThat(spent.get("paidFen").asLong()).isGreaterThanOrEqualTo(paidBefore + 5_000_000L);
        assertThat(spent.get("remainingFen").asLong())
                .isEqualTo(spent.get("allocationFen").asLong() - spent.get("reservedFen").asLong() - spent.get("paidFen").asLong());

        // when finance imports the bank's statement of the day (downloaded from the payment system's portal)
        LocalDate paidOn = Instant.parse(paidLine.get("paidAt").asString()).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        byte[] statement = simulatorStatement(platform, paidOn);
        var imported = client.upload("/api/subsidies/statements?name=" + paidOn + "-statement.csv", clerk, statement);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        // then the payment's line matches it: the same reference, amount and bank transaction
        JsonNode entry = find(imported.json().get("statement").get("entries"), "reference", reference);
        assertThat(entry.get("matchStatus").asString()).as(entry.toString()).isEqualTo("MATCHED");
        assertThat(entry.get("amountFen").asLong()).isEqualTo(5_000_000L);
        assertThat(entry.get("transactionId").asString()).isEqualTo(transaction);
        // and the same file again changes nothing
        var again = client.upload("/api/subsidies/statements?name=" + paidOn + "-statement.csv", clerk, statement);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();

        // and the registry shows the subsidy paid on the brand, to the unit itself
        JsonNode brand = eventually(() -> client.get("/api/brands/" + brandId, client.tokenOf("applicant-a")),
                shown -> shown.path("subsidyPaid").asBoolean() ? shown : null);
        assertThat(brand.get("subsidies").get(0).get("amountText").asString()).isEqualTo("¥50,000.00");
        assertThat(brand.get("subsidies").get(0).get("levelLabel").asString()).isEqualTo("市级");
    }

    /** The day's statement as finance downloads it from the payment system's portal (the simulator's unsigned copy). */
    private static byte[] simulatorStatement(LocalPlatform platform, LocalDate day) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(platform.url("payment-simulator")
                    .resolve("/simulator/statements/" + day)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
