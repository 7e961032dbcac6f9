package cn.dalian.laborbrand.application.intake;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** What an applicant unit fills in to open a draft. */
public record DraftRequest(
        @NotBlank(message = "请填写劳务品牌名称") @Size(max = 100, message = "劳务品牌名称不能超过 100 个字") String brandName,
        @NotNull(message = "请选择申报单位类型") UnitType unitType,
        @NotEmpty(message = "请至少选择一个申报层级（区级或市级）") Set<@NotNull BrandLevel> requestedLevels) {
}
