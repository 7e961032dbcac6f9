package cn.dalian.laborbrand.notification.digest;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing in a bureau's queue: a case waiting for it since a day, or a deadline it watches.
 *
 * @param subject       what it is about: the application, the objection or the rectification
 * @param bureau        a district's code (e.g. 210211), or {@link #CITY}
 * @param applicationId the application it belongs to, when it belongs to one (a rejection or withdrawal ends them all)
 * @param unitName      the unit's name when the event told it, else found from the unit's other items
 * @param dueOn         the deadline, for a deadline only
 */
record QueueItem(UUID subject, Task task, String bureau, UUID applicationId, String orgId, String unitName, String brandName,
        LocalDate since, LocalDate dueOn) {

    /** The city bureau (its CITY_REVIEWERs). */
    static final String CITY = "CITY";
}
