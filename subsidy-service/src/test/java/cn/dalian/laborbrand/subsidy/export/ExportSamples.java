package cn.dalian.laborbrand.subsidy.export;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.subsidy.batch.BatchLine;
import cn.dalian.laborbrand.subsidy.batch.PayeeAccount;
import cn.dalian.laborbrand.subsidy.batch.PaymentBatch;
import cn.dalian.laborbrand.subsidy.reconciliation.LedgerPayment;

/** The batches and payments the export tests share: 大连金港 (city, ¥50,000) and 大连海湾 (province, ¥100,000) in 2026. */
final class ExportSamples {

    static final UUID JINGANG = UUID.fromString("9d403f61-8e50-4b12-8d43-5e6f708192a3");
    static final UUID HAIWAN = UUID.fromString("5b1f0c1e-2d3a-4f5b-9c6d-7e8f90a1b2c3");
    /** 2026-11-30 10:15 in Beijing. */
    static final Instant PREPARED = Instant.parse("2026-11-30T02:15:00Z");
    /** 2026-11-30 15:40 in Beijing. */
    static final Instant APPROVED = Instant.parse("2026-11-30T07:40:00Z");

    static final BatchLine JINGANG_LINE = new BatchLine(JINGANG, "912102440580649631", "大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌",
            CertificationLevel.CITY, Money.yuan(50_000),
            new PayeeAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109200012345"));
    static final BatchLine HAIWAN_LINE = new BatchLine(HAIWAN, "912102422418131093", "大连海湾职业培训学校", "大连金州海湾焊工劳务品牌",
            CertificationLevel.PROVINCIAL, Money.yuan(100_000), new PayeeAccount("大连海湾职业培训学校", "中国建设银行大连金州支行", "21201500100052016789"));

    private ExportSamples() {
    }

    /** Both, prepared by the clerk and approved by the approver on 30 November 2026. */
    static PaymentBatch approvedBatch() {
        return preparedBatch(PREPARED, JINGANG_LINE, HAIWAN_LINE).approve("finance-approver", APPROVED);
    }

    static PaymentBatch preparedBatch(Instant at, BatchLine... lines) {
        return PaymentBatch.prepare(UUID.randomUUID(), 2026, null, List.of(lines), "finance-clerk", at);
    }

    static LedgerPayment payment(UUID entitlement, int attempt, LedgerPayment.Status status, String transactionId, Instant completedAt) {
        return new LedgerPayment(entitlement + ":" + attempt, entitlement, "大连金港人力资源服务有限公司", "大连金港家政服务师劳务品牌",
                entitlement.equals(JINGANG) ? Money.yuan(50_000) : Money.yuan(100_000), status, transactionId, completedAt);
    }
}
