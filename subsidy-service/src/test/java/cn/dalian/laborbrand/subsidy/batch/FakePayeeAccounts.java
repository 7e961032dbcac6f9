package cn.dalian.laborbrand.subsidy.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Stands in for application-service's payee-account read (the unit's bank account from its organisation profile): answers
 * the accounts put in, nothing for a unit without one, and 503 while {@link #answering} is false.
 */
public class FakePayeeAccounts implements PayeeAccounts {

    public final Map<String, PayeeAccount> accounts = new HashMap<>();
    public volatile boolean answering = true;

    @Override
    public Optional<PayeeAccount> of(String creditCode) {
        if (!answering) {
            throw new PlatformException(BatchProblem.PAYEE_SERVICE_UNAVAILABLE);
        }
        return Optional.ofNullable(accounts.get(creditCode));
    }
}
