/**
 * Notices: which event tells whom what, in Chinese, in the words of each channel (its templates). Owns no table.
 */
@ApplicationModule(displayName = "消息通知 notices")
package cn.dalian.laborbrand.notification.notices;

import org.springframework.modulith.ApplicationModule;
