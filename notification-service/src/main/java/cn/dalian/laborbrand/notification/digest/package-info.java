/**
 * Digest: each reviewer's daily digest (每日待办摘要) of what waits in their bureau's queue and which deadlines fall within
 * 2 working days; owns the queue as the events tell it.
 */
@ApplicationModule(displayName = "每日摘要 digest")
package cn.dalian.laborbrand.notification.digest;

import org.springframework.modulith.ApplicationModule;
