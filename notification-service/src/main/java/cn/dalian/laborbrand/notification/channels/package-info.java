/**
 * Channels: the ways a message reaches a person (inbox, e-mail over SMTP, SMS through the SMS gateway).
 */
@ApplicationModule(displayName = "渠道 channels")
package cn.dalian.laborbrand.notification.channels;

import org.springframework.modulith.ApplicationModule;
