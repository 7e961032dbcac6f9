package cn.dalian.laborbrand.review.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reviewers' queues.
 *
 * @param deadlineWarningWorkingDays how many working days before a stage's deadline a case is shown as due soon
 */
@ConfigurationProperties("laborbrand.review.queue")
public record QueueProperties(@DefaultValue("2") int deadlineWarningWorkingDays) {
}
