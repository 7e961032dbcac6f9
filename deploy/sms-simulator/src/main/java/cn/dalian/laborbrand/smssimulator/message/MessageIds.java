package cn.dalian.laborbrand.smssimulator.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The gateway's own id of a message: {@code SM}, the Beijing date of acceptance, an 8-digit sequence. */
public final class MessageIds {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING);

    private MessageIds() {
    }

    /** @param sequence the message's number among all the simulator accepted, from 1 */
    public static String of(Instant acceptedAt, long sequence) {
        return "SM" + DAY.format(acceptedAt) + String.format("%08d", sequence);
    }
}
