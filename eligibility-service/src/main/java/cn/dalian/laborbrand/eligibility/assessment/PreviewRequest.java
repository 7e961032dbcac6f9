package cn.dalian.laborbrand.eligibility.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/**
 * Declared figures to check against a campaign's criteria before anything is submitted (预评估): the same figures
 * Attachment 1 holds, nothing stored.
 */
public record PreviewRequest(
        @NotBlank(message = "请指明申报批次") @Size(max = 16, message = "申报批次不正确") String campaign,
        @NotEmpty(message = "请至少选择一个申报层级") Set<@NotNull BrandLevel> requestedLevels,
        @NotEmpty(message = "请填写各年度数据") @Size(max = 5, message = "最多 5 个年度") List<@Valid @NotNull Year> declaredYears,
        @NotNull(message = "请填写劳动权益保障情况") @Valid Practice labourPractice) {

    public record Year(
            @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") int year,
            @PositiveOrZero(message = "培训人数不能为负数") int trainedCount,
            @NotNull(message = "请填写培训合格率") @DecimalMin(value = "0", message = "培训合格率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "培训合格率应在 0 至 100 之间") BigDecimal trainingPassRatePercent,
            @PositiveOrZero(message = "就业人数不能为负数") int employedCount,
            @NotNull(message = "请填写特色培训人员比例") @DecimalMin(value = "0", message = "比例应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "比例应在 0 至 100 之间") BigDecimal speciallyTrainedSharePercent,
            @PositiveOrZero(message = "败诉案件数不能为负数") int lostDisputeCases,
            @PositiveOrZero(message = "未完成整改事项数不能为负数") int unfinishedRectifications) {
    }

    public record Practice(
            @NotNull(message = "请填写劳动合同签订率") @DecimalMin(value = "0", message = "签订率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "签订率应在 0 至 100 之间") BigDecimal contractSigningRatePercent,
            @NotNull(message = "请填写劳动用工备案率") @DecimalMin(value = "0", message = "备案率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "备案率应在 0 至 100 之间") BigDecimal employmentFilingRatePercent,
            boolean collectiveContractInForce,
            @PositiveOrZero(message = "劳动关系协调员人数不能为负数") int labourRelationsCoordinators,
            boolean massLabourDisputeOccurred) {
    }
}
