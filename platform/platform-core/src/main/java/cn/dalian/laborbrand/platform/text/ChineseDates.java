package cn.dalian.laborbrand.platform.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as a Chinese reader expects them in a sentence (2022年11月22日), and which day it is in Dalian. */
public final class ChineseDates {

    /** Deadlines and notices are days in Dalian, whatever zone a server runs in. */
    public static final ZoneId DALIAN = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChineseDates() {
    }

    public static String format(LocalDate day) {
        return DAY.format(day);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), DALIAN);
    }
}
