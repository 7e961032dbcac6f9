package cn.dalian.laborbrand.paymentsimulator.payment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The payment system's own id of a payment (银行流水号): {@code DLBK}, the Beijing date of acceptance, a 6-digit sequence. */
public final class TransactionIds {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING);

    private TransactionIds() {
    }

    /** @param sequence the payment's number among all the simulator accepted, from 1 */
    public static String of(Instant acceptedAt, long sequence) {
        return "DLBK" + DAY.format(acceptedAt) + String.format("%06d", sequence);
    }
}
