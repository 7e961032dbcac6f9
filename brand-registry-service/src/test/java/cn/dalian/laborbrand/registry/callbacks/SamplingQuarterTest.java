package cn.dalian.laborbrand.registry.callbacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The quarter a call-back round is drawn for, as the call list's address writes it ({@code 2026-Q4}). */
class SamplingQuarterTest {

    /** 大连金港家政服务师劳务品牌 was certified on 2022-12-20. */
    private static final LocalDate CERTIFIED = LocalDate.of(2022, 12, 20);

    @Test
    void aQuarterIsWrittenAsYearDashQAndItsNumberAndReadBackTheSame() {
        SamplingQuarter quarter = SamplingQuarter.parse("2026-Q4");

        assertThat(quarter).isEqualTo(new SamplingQuarter(2026, 4));
        assertThat(quarter.toString()).isEqualTo("2026-Q4");
        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void anythingElseIsRefusedAsMalformed() {
        for (String text : new String[] { "2026-Q5", "2026Q4", "2026-q4", "26-Q1", "2026-Q4 ", "第四季度", "" }) {
            assertThatThrownBy(() -> SamplingQuarter.parse(text)).as(text).isInstanceOfSatisfying(PlatformException.class,
                    refused -> assertThat(refused.code()).isEqualTo(CallbackProblem.QUARTER_MALFORMED));
        }
    }

    @Test
    void aDayFallsInTheQuarterOfItsMonth() {
        assertThat(SamplingQuarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new SamplingQuarter(2026, 1));
        assertThat(SamplingQuarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new SamplingQuarter(2026, 2));
        assertThat(SamplingQuarter.of(LocalDate.of(2026, 11, 15))).isEqualTo(new SamplingQuarter(2026, 4));
    }

    @Test
    void theCurrentQuarterAndEarlierOnesSinceTheCertificationAreDrawable() {
        LocalDate today = LocalDate.of(2026, 11, 15);

        assertThatCode(() -> new SamplingQuarter(2026, 4).requireDrawable(today, CERTIFIED)).doesNotThrowAnyException();
        assertThatCode(() -> new SamplingQuarter(2022, 4).requireDrawable(today, CERTIFIED)).doesNotThrowAnyException();
    }

    @Test
    void aQuarterStillToComeIsRefused() {
        assertThatThrownBy(() -> new SamplingQuarter(2027, 1).requireDrawable(LocalDate.of(2026, 12, 31), CERTIFIED))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(CallbackProblem.QUARTER_IN_FUTURE));
    }

    @Test
    void aQuarterThatEndedBeforeTheCertificationIsRefused() {
        assertThatThrownBy(() -> new SamplingQuarter(2022, 3).requireDrawable(LocalDate.of(2026, 11, 15), CERTIFIED))
                .isInstanceOfSatisfying(PlatformException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CallbackProblem.QUARTER_BEFORE_CERTIFICATION));
    }
}
