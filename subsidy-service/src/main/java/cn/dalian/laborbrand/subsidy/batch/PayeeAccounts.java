package cn.dalian.laborbrand.subsidy.batch;

import java.util.Optional;

/**
 * Where a unit's payee account comes from: its organisation profile in application-service.
 *
 * @see UnconnectedPayeeAccounts the stand-in until the application-service client is built
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
