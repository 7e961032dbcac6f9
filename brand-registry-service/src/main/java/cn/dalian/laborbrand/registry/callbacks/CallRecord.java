package cn.dalian.laborbrand.registry.callbacks;

import java.time.Instant;

/**
 * One line of a quarter's call list as stored: the roster worker drawn (masked as application-service masked them,
 * never in full), and once called, the outcome.
 *
 * @param position the order on the call list, from 1
 * @param outcome  null until the call is recorded
 * @param reveals  how many times the number was revealed
 */
record CallRecord(int position, int rosterLine, int rosterYear, String employer, String maskedName, String maskedPhone, CallOutcome outcome,
        String note, String calledBy, Instant calledAt, int reveals) {

    /** The worker as sampling knows them: the roster line is their identity within the roster. */
    WorkerRecord worker() {
        return new WorkerRecord(Integer.toString(rosterLine), rosterYear, employer);
    }
}
