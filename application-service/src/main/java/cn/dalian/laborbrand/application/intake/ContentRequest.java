package cn.dalian.laborbrand.application.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.validation.PlainName;

/**
 * What an applicant unit fills in of Attachment 1; the unit's own particulars come from its profile. A draft may leave
 * the description, the yearly figures and the labour practices out; submitting needs them. The description's length
 * is checked by the application, which counts characters as a person does.
 */
public record ContentRequest(
        @NotBlank(message = "请填写劳务品牌名称") @PlainName @Size(max = 100, message = "劳务品牌名称不能超过 100 个字") String brandName,
        @PlainName @Size(max = 100, message = "市级品牌名称不能超过 100 个字") String cityBrandName,
        @Size(max = 8000, message = "品牌简介不能超过 2000 字") String description,
        @NotEmpty(message = "请至少选择一个申报层级（区级或市级）") Set<@NotNull BrandLevel> requestedLevels,
        @Size(max = 5, message = "最多填写 5 个年度的数据") List<@Valid @NotNull YearFiguresRequest> declaredYears,
        @Valid LabourPracticeRequest labourPractice) {

    public record YearFiguresRequest(
            @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") int year,
            @PositiveOrZero(message = "培训人数不能为负数") int trainedCount,
            @NotNull(message = "请填写培训合格率") @DecimalMin(value = "0", message = "培训合格率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "培训合格率应在 0 至 100 之间")
            @Digits(integer = 3, fraction = 2, message = "培训合格率最多保留两位小数") BigDecimal trainingPassRatePercent,
            @PositiveOrZero(message = "就业人数不能为负数") int employedCount,
            @NotNull(message = "请填写经过特色职业培训的人员所占比例") @DecimalMin(value = "0", message = "比例应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "比例应在 0 至 100 之间")
            @Digits(integer = 3, fraction = 2, message = "比例最多保留两位小数") BigDecimal speciallyTrainedSharePercent,
            @PositiveOrZero(message = "败诉案件数不能为负数") int lostDisputeCases,
            @PositiveOrZero(message = "未完成整改事项数不能为负数") int unfinishedRectifications) {
    }

    public record LabourPracticeRequest(
            @NotNull(message = "请填写劳动合同签订率") @DecimalMin(value = "0", message = "签订率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "签订率应在 0 至 100 之间")
            @Digits(integer = 3, fraction = 2, message = "签订率最多保留两位小数") BigDecimal contractSigningRatePercent,
            @NotNull(message = "请填写劳动用工备案率") @DecimalMin(value = "0", message = "备案率应在 0 至 100 之间")
            @DecimalMax(value = "100", message = "备案率应在 0 至 100 之间")
            @Digits(integer = 3, fraction = 2, message = "备案率最多保留两位小数") BigDecimal employmentFilingRatePercent,
            boolean collectiveContractInForce,
            @PositiveOrZero(message = "劳动关系协调员人数不能为负数") int labourRelationsCoordinators,
            boolean massLabourDisputeOccurred) {
    }
}
