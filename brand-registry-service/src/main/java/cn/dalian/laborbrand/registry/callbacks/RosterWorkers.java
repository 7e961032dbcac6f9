package cn.dalian.laborbrand.registry.callbacks;

import java.util.List;
import java.util.UUID;

/**
 * A brand's roster (务工人员花名册) as application-service holds it, on behalf of the signed-in reviewer: that service
 * owns the workers' personal data, applies the reviewer's data scope and records every disclosure under their name.
 * A port, so the call-backs do not depend on how it is reached; the adapter answers a 503 problem when it cannot.
 */
public interface RosterWorkers {

    /** Every worker of the application's roster, in line order, with name and phone masked as application-service masks them. */
    List<RosterWorker> workers(UUID applicationId);

    /** One worker's name and phone in full, for the reason given; application-service records the read. */
    Disclosure disclose(UUID applicationId, int line, String reason);

    /**
     * @param line     the worker's line in the roster file, their identity within it
     * @param employer the employer absorbing them or the one they were output to; null when not employed
     * @param counted  whether the counting rules counted the worker for the brand
     */
    record RosterWorker(int line, int year, String employer, String maskedName, String maskedPhone, boolean counted) {
    }

    record Disclosure(int line, String name, String phone) {
    }
}
