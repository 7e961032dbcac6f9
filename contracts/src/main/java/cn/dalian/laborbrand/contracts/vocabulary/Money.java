package cn.dalian.laborbrand.contracts.vocabulary;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of renminbi in fen: integers only, so that no payout is ever off by a rounding error. */
public record Money(long fen) {

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("an amount cannot be negative");
        }
    }

    public static Money yuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /** As finance staff write it: ¥50,000.00. */
    public String display() {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.CHINA));
        return format.format(BigDecimal.valueOf(fen, 2));
    }
}
