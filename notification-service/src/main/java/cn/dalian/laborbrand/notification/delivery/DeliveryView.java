package cn.dalian.laborbrand.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A delivery as the operator's log lists it; addresses and people's names masked. */
public record DeliveryView(UUID id, UUID eventId, String kind, String kindLabel, String channel, String channelLabel,
        @Schema(description = "收件地址（已脱敏）：邮箱或手机号码", example = "139****5678") String recipient,
        @Schema(description = "收件单位名称，或工作人员姓名（已脱敏）") String recipientName, String subject,
        @Schema(allowableValues = { "PENDING", "SENT", "FAILED" }) String status, String statusLabel, int attempts,
        @Schema(description = "失败代码，如 INVALID_PHONE、INVALID_EMAIL、NO_CONTACT、SMTP_REJECTED、RETRIES_EXHAUSTED") String failureCode,
        String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
}
