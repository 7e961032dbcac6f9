package cn.dalian.laborbrand.subsidy;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The finance desk's records, for tests that start from none. */
public final class FinanceTables {

    /** Those that refer to others first: payments, batches with their lines and trail, entitlements, budgets. */
    private static final List<String> IN_DELETION_ORDER = List.of("payment", "payment_batch_audit", "payment_batch_line", "payment_batch",
            "entitlement", "budget");

    private FinanceTables() {
    }

    public static void clear(JdbcClient jdbc) {
        IN_DELETION_ORDER.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
    }
}
