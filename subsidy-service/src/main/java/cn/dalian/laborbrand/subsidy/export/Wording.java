package cn.dalian.laborbrand.subsidy.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/** How the exports write times and amounts. */
final class Wording {

    /** What a document shows where a step has not happened yet. */
    static final String NONE = "—";

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChineseDates.DALIAN);

    private Wording() {
    }

    /** 2026-11-30 10:15, in Beijing time; — when it has not happened. */
    static String minute(Instant at) {
        return at == null ? NONE : MINUTE.format(at);
    }

    /** The amount in yuan as a number a spreadsheet adds up. */
    static BigDecimal yuan(Money amount) {
        return BigDecimal.valueOf(amount.fen(), 2);
    }
}
