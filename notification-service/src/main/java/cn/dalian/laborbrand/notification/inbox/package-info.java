/**
 * Inbox: each person's in-app messages (their own, their organisation's, their district's, their role's),
 * read and marked read by them only. Owns the {@code inbox_message} table.
 */
@ApplicationModule(displayName = "站内消息 inbox")
package cn.dalian.laborbrand.notification.inbox;

import org.springframework.modulith.ApplicationModule;
