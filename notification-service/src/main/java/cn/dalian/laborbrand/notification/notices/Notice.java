package cn.dalian.laborbrand.notification.notices;

import cn.dalian.laborbrand.notification.inbox.Recipient;

/** A message the platform owes somebody because of an event. */
public record Notice(Recipient recipient, String category, String title, String body) {
}
