/**
 * Notices: which event tells whom what, in Chinese; every event a person must hear of becomes messages in
 * the inbox, once per event. Owns no table; consumes the events of every other service.
 */
@ApplicationModule(displayName = "消息通知 notices")
package cn.dalian.laborbrand.notification.notices;

import org.springframework.modulith.ApplicationModule;
