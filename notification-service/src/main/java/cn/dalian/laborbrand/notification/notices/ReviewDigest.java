package cn.dalian.laborbrand.notification.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * A reviewer's daily digest (每日待办摘要): what waits in their queue and which deadlines fall within the next 2 working days.
 *
 * @param day      the working day the digest is for (Dalian)
 * @param waiting  the cases waiting for the reviewer's bureau, oldest first
 * @param dueSoon  deadlines within 2 working days, soonest first
 */
public record ReviewDigest(LocalDate day, List<Waiting> waiting, List<DueSoon> dueSoon) {

    /** A case waiting: what the bureau must do (e.g. 区级初审, 异议调查, 整改答复审核, 市级复审), since when. */
    public record Waiting(String unitName, String brandName, String task, LocalDate since, int workingDaysWaiting) {
    }

    /** A deadline coming: e.g. a notice ending (公示期满), a rectification deadline (整改期限), the forwarding deadline. */
    public record DueSoon(String unitName, String brandName, String what, LocalDate dueOn) {
    }
}
