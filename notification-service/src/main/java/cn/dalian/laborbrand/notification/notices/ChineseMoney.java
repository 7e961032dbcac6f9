package cn.dalian.laborbrand.notification.notices;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/** Amounts as the messages write them: in full in the inbox and e-mail (¥50,000.00), short in an SMS (5万元). */
public final class ChineseMoney {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ChineseMoney() {
    }

    /** As finance staff write it: ¥50,000.00. */
    public static String full(long fen) {
        return new Money(fen).display();
    }

    /** As an SMS can afford it: 5万元, 12.5万元, 8,000元, 950.5元. */
    public static String brief(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(new Money(fen).fen(), 2);
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.CHINA));
        return yuan.compareTo(TEN_THOUSAND) >= 0
                ? format.format(yuan.divide(TEN_THOUSAND)) + "万元"
                : format.format(yuan) + "元";
    }
}
