package cn.dalian.laborbrand.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;

/** A notice's e-mails and SMS before they are planned per person: waits while the people behind its recipient are unknown. */
record Dispatch(UUID id, UUID eventId, NoticeKind kind, Recipient recipient, int tries, Instant createdAt) {
}
