/**
 * Delivery: the e-mails and SMS owed for every notice, sent with retries, each attempt logged; owns dispatch, delivery, delivery_attempt.
 */
@ApplicationModule(displayName = "投递 delivery")
package cn.dalian.laborbrand.notification.delivery;

import org.springframework.modulith.ApplicationModule;
