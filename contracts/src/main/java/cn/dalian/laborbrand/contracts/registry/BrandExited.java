package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** The leading group decided that the brand exits (退出); it leaves the public list, its certificate shows 已退出. */
public record BrandExited(UUID brandId, String certificateNumber, String orgId, String unitName, String district, String brandName,
        BrandLevel level, String decisionReference, LocalDate decidedOn, String recordedBy) {
}
