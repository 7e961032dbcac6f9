package cn.dalian.laborbrand.subsidy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;
import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.subsidy.entitlement.Entitlement;
import cn.dalian.laborbrand.subsidy.entitlement.EntitlementStatus;

class PaymentBatchTest {

    private static final Instant PREPARED = Instant.parse("2026-04-01T01:30:00Z");
    private static final Instant DECIDED = Instant.parse("2026-04-02T02:00:00Z");
    private static final String JINGANG = "大连金港人力资源服务有限公司";
    private static final PayeeAccount JINGANG_ACCOUNT = new PayeeAccount(JINGANG, "中国工商银行大连甘井子支行", "3400200109200012345");

    private final Entitlement city = entitlement(CertificationLevel.CITY, Money.yuan(50_000));
    private final Entitlement provincial = entitlement(CertificationLevel.PROVINCIAL, Money.yuan(100_000));

    @Test
    void aPreparedBatchTotalsItsLinesAndWaitsForAnApprover() {
        // given a city and a provincial entitlement of 大连金港, when the clerk prepares a batch without a purpose
        PaymentBatch batch = prepared();

        // then it totals ¥150,000, waits for approval, and carries the programme's purpose text
        assertThat(batch.total()).isEqualTo(Money.yuan(150_000));
        assertThat(batch.status()).isEqualTo(BatchStatus.PREPARED);
        assertThat(batch.purpose()).isEqualTo("2026年度劳务品牌一次性奖补资金");
        assertThat(batch.lines()).extracting(BatchLine::payee).containsOnly(JINGANG_ACCOUNT);
    }

    @Test
    void anotherFinanceStaffMemberApprovesTheBatch() {
        PaymentBatch approved = prepared().approve("finance-approver", DECIDED);

        assertThat(approved.status()).isEqualTo(BatchStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("finance-approver");
        assertThat(approved.decidedAt()).isEqualTo(DECIDED);
    }

    @Test
    void theClerkNeverApprovesOrReturnsTheirOwnBatch() {
        assertThatThrownBy(() -> prepared().approve("finance-clerk", DECIDED))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.SAME_PERSON));
        assertThatThrownBy(() -> prepared().returnWith("金额有误", "finance-clerk", DECIDED))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.SAME_PERSON));
    }

    @Test
    void aReturnedBatchKeepsTheReason() {
        PaymentBatch returned = prepared().returnWith("  开户行名称与单位信息不符，请核实  ", "finance-approver", DECIDED);

        assertThat(returned.status()).isEqualTo(BatchStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("开户行名称与单位信息不符，请核实");
    }

    @Test
    void aBatchIsDecidedOnlyOnce() {
        PaymentBatch approved = prepared().approve("finance-approver", DECIDED);
        PaymentBatch returned = prepared().returnWith("重复编制", "finance-approver", DECIDED);

        assertThatThrownBy(() -> approved.returnWith("改为退回", "another-approver", DECIDED))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.BATCH_NOT_OPEN));
        assertThatThrownBy(() -> returned.approve("another-approver", DECIDED))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.BATCH_NOT_OPEN));
    }

    @Test
    void aUnitWithoutABankAccountIsNotPaid() {
        assertThatThrownBy(() -> BatchLine.of(city, Optional.empty()))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.PAYEE_ACCOUNT_MISSING));
    }

    @Test
    void anAccountInAnotherNameThanTheUnitIsRefused() {
        PayeeAccount someoneElses = new PayeeAccount("大连海湾职业培训学校", "中国建设银行大连金州支行", "21201500100052012345");

        assertThatThrownBy(() -> BatchLine.of(city, Optional.of(someoneElses)))
                .isInstanceOfSatisfying(PlatformException.class, problem -> assertThat(problem.code()).isEqualTo(BatchProblem.PAYEE_NAME_MISMATCH));
    }

    @Test
    void fullWidthBracketsAndSpacesInTheAccountNameAreNotADifference() {
        Entitlement branch = new Entitlement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "912102440580649631",
                "大连金港人力资源服务有限公司（甘井子分公司）", "大连金港家政服务师", CertificationLevel.CITY, Money.yuan(50_000), EntitlementStatus.CREATED, PREPARED, 0);
        PayeeAccount written = new PayeeAccount(" 大连金港人力资源服务有限公司(甘井子分公司)", "中国工商银行大连甘井子支行", "3400200109200012345");

        assertThat(BatchLine.of(branch, Optional.of(written)).payee()).isEqualTo(written);
    }

    private PaymentBatch prepared() {
        return PaymentBatch.prepare(UUID.randomUUID(), 2026, " ", List.of(BatchLine.of(city, Optional.of(JINGANG_ACCOUNT)),
                BatchLine.of(provincial, Optional.of(JINGANG_ACCOUNT))), "finance-clerk", PREPARED);
    }

    private static Entitlement entitlement(CertificationLevel level, Money amount) {
        return new Entitlement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "912102440580649631", JINGANG, "大连金港家政服务师",
                level, amount, EntitlementStatus.CREATED, PREPARED, 0);
    }
}
