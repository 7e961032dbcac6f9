package cn.dalian.laborbrand.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** A message as its reader sees it. */
public record MessageView(UUID id, String category, String title, String body, Instant createdAt, boolean read) {
}
