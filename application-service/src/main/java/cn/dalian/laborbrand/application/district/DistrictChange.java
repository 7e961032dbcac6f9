package cn.dalian.laborbrand.application.district;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.dalian.laborbrand.platform.validation.PlainName;

/** An operator's change to a place: its names and whether it accepts applications. */
public record DistrictChange(
        @NotBlank(message = "请填写名称") @PlainName @Size(max = 50, message = "名称不能超过 50 个字") String name,
        @NotBlank(message = "请填写简称") @PlainName @Size(max = 20, message = "简称不能超过 20 个字") String shortName,
        boolean acceptingApplications) {
}
