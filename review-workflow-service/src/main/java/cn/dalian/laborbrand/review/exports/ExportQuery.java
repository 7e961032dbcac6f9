package cn.dalian.laborbrand.review.exports;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * What an export is asked for.
 *
 * @param campaign the campaign (申报批次) whose cases are listed, e.g. {@code 2022}
 * @param district one district's cases (city staff; a district bureau gets its own whatever it asks), or all when absent
 */
record ExportQuery(
        @NotBlank(message = "请指定申报批次（campaign）") @Pattern(regexp = "[0-9A-Za-z-]{1,16}", message = "申报批次代码应为 1–16 位字母、数字或连字符") String campaign,
        @Pattern(regexp = "[0-9A-Z]{1,16}", message = "地区代码应为 1–16 位数字或大写字母") String district) {

    Optional<String> askedDistrict() {
        return Optional.ofNullable(district);
    }
}
