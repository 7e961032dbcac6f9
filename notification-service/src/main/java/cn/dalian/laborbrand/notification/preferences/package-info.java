/**
 * Preferences: which channels each person (or unit) gets each kind of message by; owns notification_preference.
 */
@ApplicationModule(displayName = "通知偏好 preferences")
package cn.dalian.laborbrand.notification.preferences;

import org.springframework.modulith.ApplicationModule;
