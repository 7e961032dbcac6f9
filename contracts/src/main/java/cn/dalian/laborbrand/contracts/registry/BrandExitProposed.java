package cn.dalian.laborbrand.contracts.registry;

import java.time.LocalDate;
import java.util.UUID;

/** After a failed or overdue rectification a reviewer proposes the brand's exit to the leading group office. */
public record BrandExitProposed(UUID brandId, UUID rectificationId, String certificateNumber, String orgId, String district,
        String brandName, String cause, String proposedBy, LocalDate proposedOn) {
}
