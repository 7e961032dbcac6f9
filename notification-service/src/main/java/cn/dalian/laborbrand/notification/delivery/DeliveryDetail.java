package cn.dalian.laborbrand.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** One delivery with its text and every attempt to send it. */
public record DeliveryDetail(UUID id, UUID eventId, String kind, String kindLabel, String channel, String channelLabel, String recipient,
        String recipientName, String subject, String status, String statusLabel, int attempts, String failureCode, String lastError,
        Instant createdAt, Instant sentAt, Instant nextAttemptAt,
        @Schema(description = "发送的内容：邮件的纯文本正文，或短信全文（含签名）") String content,
        List<AttemptLog> attemptLog) {
}
