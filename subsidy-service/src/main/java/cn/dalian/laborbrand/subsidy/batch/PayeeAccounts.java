package cn.dalian.laborbrand.subsidy.batch;

import java.util.Optional;

/**
 * Where a unit's payee account comes from: its organisation profile in application-service.
 *
 * (The adapter, in the payee module, reads it with the clerk's token; tests put a stand-in in its place.)
 */
public interface PayeeAccounts {

    /**
     * The unit's bank account, read with the caller's token.
     *
     * @param creditCode the unit's Unified Social Credit Code
     * @return empty when the unit has not entered one
     * @throws cn.dalian.laborbrand.platform.problem.PlatformException {@code PAYEE_SERVICE_UNAVAILABLE} (503) when it cannot be read
     */
    Optional<PayeeAccount> of(String creditCode);
}
