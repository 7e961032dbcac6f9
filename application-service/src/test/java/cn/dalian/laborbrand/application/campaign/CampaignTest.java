package cn.dalian.laborbrand.application.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** A campaign's application window (大就办发〔2022〕9号: from the notice to 22 November). */
class CampaignTest {

    private static final Campaign CAMPAIGN_2022 = new Campaign("2022", "2022年度劳务品牌申报认定", "大就办发〔2022〕9号", List.of(2022, 2021),
            LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 22), LocalDate.of(2022, 12, 2), 5, 0);

    @Test
    void unitsMaySubmitFromTheOpeningDayToTheDeadlineBothIncluded() {
        assertThat(CAMPAIGN_2022.acceptsApplicationsOn(LocalDate.of(2022, 11, 9))).isFalse();
        assertThat(CAMPAIGN_2022.acceptsApplicationsOn(LocalDate.of(2022, 11, 10))).isTrue();
        assertThat(CAMPAIGN_2022.acceptsApplicationsOn(LocalDate.of(2022, 11, 22))).isTrue();
        assertThat(CAMPAIGN_2022.acceptsApplicationsOn(LocalDate.of(2022, 11, 23))).isFalse();
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedNamingTheWindow() {
        assertThatThrownBy(() -> CAMPAIGN_2022.requireOpenOn(LocalDate.of(2022, 11, 23)))
                .isInstanceOfSatisfying(PlatformException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(CampaignProblem.CAMPAIGN_WINDOW_CLOSED);
                    assertThat(refused.getMessage()).isEqualTo("2022年度劳务品牌申报认定的申报时间为2022年11月10日至2022年11月22日，已于2022年11月22日截止。");
                    assertThat(refused.properties()).containsEntry("applicationDeadline", "2022-11-22");
                });
        assertThat(CAMPAIGN_2022.windowClosedReasonOn(LocalDate.of(2022, 11, 1))).get().asString().contains("尚未开始");
    }

    @Test
    void theDeclaredYearsAreKeptInOrder() {
        assertThat(CAMPAIGN_2022.declaredYears()).containsExactly(2021, 2022);
    }

    @Test
    void datesOutOfOrderOrANoticeOfNoDaysAreRefused() {
        assertThatThrownBy(() -> new Campaign("2023", "2023年度", "大就办发〔2023〕1号", List.of(2022, 2023), LocalDate.of(2023, 11, 22),
                LocalDate.of(2023, 11, 10), LocalDate.of(2023, 12, 2), 5, 0))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(CampaignProblem.CAMPAIGN_INVALID));
        assertThatThrownBy(() -> new Campaign("2023", "2023年度", "大就办发〔2023〕1号", List.of(2022, 2023), LocalDate.of(2023, 11, 10),
                LocalDate.of(2023, 11, 22), LocalDate.of(2023, 12, 2), 0, 0))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.getMessage()).contains("公示期"));
    }

    @Test
    void theCurrentCampaignIsTheOpenOneElseTheLastThatClosed() {
        Campaign demo = new Campaign("2026", "演示批次", "演示数据", List.of(2021, 2022), LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 30),
                LocalDate.of(2028, 12, 10), 5, 0);

        assertThat(Campaign.currentOn(List.of(CAMPAIGN_2022, demo), LocalDate.of(2026, 11, 30))).contains(demo);
        assertThat(Campaign.currentOn(List.of(CAMPAIGN_2022, demo), LocalDate.of(2022, 11, 15))).contains(CAMPAIGN_2022);
        assertThat(Campaign.currentOn(List.of(CAMPAIGN_2022), LocalDate.of(2026, 11, 30))).contains(CAMPAIGN_2022);
        assertThat(Campaign.currentOn(List.of(), LocalDate.of(2026, 11, 30))).isEmpty();
    }
}
