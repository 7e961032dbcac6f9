/**
 * Events: the one consumer of every other service's events that people must hear of; hands each to the notices, the
 * deliveries and the reviewers' queue in one transaction. Owns no table.
 */
@ApplicationModule(displayName = "事件 events")
package cn.dalian.laborbrand.notification.events;

import org.springframework.modulith.ApplicationModule;
