package cn.dalian.laborbrand.notification.inbox;

/** How many messages of the caller's inboxes are unread. */
public record UnreadCount(long unread) {
}
