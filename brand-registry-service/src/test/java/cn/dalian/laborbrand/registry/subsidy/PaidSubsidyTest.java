package cn.dalian.laborbrand.registry.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.contracts.events.MalformedEventException;
import cn.dalian.laborbrand.contracts.subsidy.SubsidyDisbursed;
import cn.dalian.laborbrand.contracts.vocabulary.CertificationLevel;

class PaidSubsidyTest {

    @Test
    void theCitysSubsidyPaidIsKeptWithItsAmountInFenAndThePaymentReference() {
        // given the city's ¥50,000 paid to 大连金港人力资源服务有限公司
        SubsidyDisbursed disbursed = disbursed(CertificationLevel.CITY, 5_000_000L);

        // when the registry reads it
        PaidSubsidy paid = PaidSubsidy.of(disbursed);

        // then it is the brand's city-level subsidy, as finance writes the amount
        assertThat(paid.brandId()).isEqualTo(disbursed.brandId());
        assertThat(paid.certificationLevel()).isEqualTo(CertificationLevel.CITY);
        assertThat(paid.amount().display()).isEqualTo("¥50,000.00");
        assertThat(paid.paymentReference()).isEqualTo(disbursed.paymentReference());
        assertThat(paid.paidAt()).isEqualTo(Instant.parse("2026-12-01T06:30:05Z"));
    }

    @Test
    void theProvincesSubsidyIsASecondLevelOfTheSameBrand() {
        assertThat(PaidSubsidy.of(disbursed(CertificationLevel.PROVINCIAL, 10_000_000L)).amount().display()).isEqualTo("¥100,000.00");
    }

    @Test
    void aSubsidyPaidForADistrictLevelCertificationIsRefusedBecauseTheNoticeGivesNone() {
        assertThatThrownBy(() -> PaidSubsidy.of(disbursed(CertificationLevel.DISTRICT, 5_000_000L)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("district-level");
    }

    @Test
    void aPaymentOfNothingIsRefused() {
        assertThatThrownBy(() -> PaidSubsidy.of(disbursed(CertificationLevel.CITY, 0L))).isInstanceOf(MalformedEventException.class);
    }

    private static SubsidyDisbursed disbursed(CertificationLevel level, long amountFen) {
        UUID entitlement = UUID.randomUUID();
        return new SubsidyDisbursed(entitlement, UUID.randomUUID(), UUID.randomUUID(), "912102440580649631", "大连金港人力资源服务有限公司",
                "大连甘井子金港家政服务师劳务品牌", level, amountFen, UUID.randomUUID(), entitlement + ":1", "DLBK20261201000123",
                Instant.parse("2026-12-01T06:30:05Z"));
    }
}
