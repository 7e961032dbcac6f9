package cn.dalian.laborbrand.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** One in-app message; read once someone of its recipient opened it. */
public record InboxMessage(UUID id, Recipient recipient, String category, String title, String body, Instant createdAt,
        Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
