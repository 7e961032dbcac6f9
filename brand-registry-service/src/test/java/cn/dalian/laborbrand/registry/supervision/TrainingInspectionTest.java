package cn.dalian.laborbrand.registry.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** A district bureau's training-quality inspection of a certified brand (DOMAIN.md, Process 4: 督查培训质量). */
class TrainingInspectionTest {

    /** 大连金港家政服务师劳务品牌 (甘井子区 210211), certified on 2022-12-20. */
    private static final UUID BRAND = UUID.fromString("6d0c5a8e-2f4b-4b7e-9a51-0c3e7d2b1f01");
    private static final LocalDate CERTIFIED = LocalDate.of(2022, 12, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private static final List<String> INSPECTORS = List.of("赵敏", "钱卫东");
    private static final List<String> ITEMS = List.of("培训计划与课时记录", "师资资质", "结业考核与证书发放");

    private static TrainingInspection inspect(LocalDate on, InspectionRating rating, String followUp) {
        return TrainingInspection.record(BRAND, CERTIFIED, TODAY, on, " 甘井子区华北路 188 号金港培训基地 ", INSPECTORS, ITEMS,
                "课时记录完整，实操设备老化。", rating, followUp, "reviewer-ganjingzi", NOW);
    }

    @Test
    void aQualifiedInspectionIsRecordedAsWrittenWithoutAFollowUp() {
        TrainingInspection inspection = inspect(LocalDate.of(2026, 11, 10), InspectionRating.QUALIFIED, "  ");

        assertThat(inspection.place()).isEqualTo("甘井子区华北路 188 号金港培训基地");
        assertThat(inspection.inspectors()).containsExactly("赵敏", "钱卫东");
        assertThat(inspection.itemsChecked()).hasSize(3);
        assertThat(inspection.followUp()).isNull();
        assertThat(inspection.recordedBy()).isEqualTo("reviewer-ganjingzi");
    }

    @Test
    void aRatingShortOfQualifiedNeedsItsFollowUp() {
        assertThatThrownBy(() -> inspect(LocalDate.of(2026, 11, 10), InspectionRating.BASICALLY_QUALIFIED, null))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(SupervisionProblem.FOLLOW_UP_MISSING));
        assertThatThrownBy(() -> inspect(LocalDate.of(2026, 11, 10), InspectionRating.UNQUALIFIED, " "))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(SupervisionProblem.FOLLOW_UP_MISSING));

        assertThat(inspect(LocalDate.of(2026, 11, 10), InspectionRating.UNQUALIFIED, "30 日内更新实操设备，12 月复查。").followUp())
                .isEqualTo("30 日内更新实操设备，12 月复查。");
    }

    @Test
    void anInspectionIsNotDatedInTheFutureNorBeforeTheCertification() {
        assertThatThrownBy(() -> inspect(TODAY.plusDays(1), InspectionRating.QUALIFIED, null))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(SupervisionProblem.INSPECTION_IN_FUTURE));
        assertThatThrownBy(() -> inspect(CERTIFIED.minusDays(1), InspectionRating.QUALIFIED, null))
                .isInstanceOfSatisfying(PlatformException.class,
                        refused -> assertThat(refused.code()).isEqualTo(SupervisionProblem.INSPECTION_BEFORE_CERTIFICATION));
        assertThat(inspect(CERTIFIED, InspectionRating.QUALIFIED, null).inspectedOn()).isEqualTo(CERTIFIED);
    }
}
