package cn.dalian.laborbrand.subsidy.export;

import cn.dalian.laborbrand.contracts.vocabulary.Money;

/**
 * An amount in Chinese capitals (大写金额) as finance writes it on payment documents (会计基础工作规范 第五十二条):
 * 人民币伍万元整, 人民币壹拾万零伍佰元整, 人民币壹仟零肆元零伍分. One 零 stands for a run of zeros inside the figure
 * and none is written for zeros at its end; an amount to the yuan or the jiao ends in 整, one with fen does not; an
 * amount under one yuan starts at its jiao or fen (人民币伍角整). Where the rules leave 零 to the writer (a zero 万 or
 * 元 digit before a non-zero 千 or 角 digit) none is written: 壹拾万柒仟元, 壹仟陆佰捌拾元叁角贰分.
 */
public final class AmountInWords {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] WITHIN_GROUP = { "", "拾", "佰", "仟" };
    /** Four digits a group: 万 (10⁴), 亿 (10⁸), 万亿 (10¹²). */
    private static final String[] GROUPS = { "", "万", "亿", "万亿" };
    private static final long LIMIT_YUAN = 10_000_000_000_000_000L;

    private AmountInWords() {
    }

    /** 人民币伍万元整 */
    public static String of(Money amount) {
        return "人民币" + words(amount.fen());
    }

    static String words(long fen) {
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        if (yuan >= LIMIT_YUAN) {
            throw new IllegalArgumentException("an amount of 10¹⁶ yuan or more has no capitals here");
        }
        if (fen == 0) {
            return "零元整";
        }
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(yuan(yuan)).append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        } else if (yuan > 0 && cents > 0) {
            words.append('零');
        }
        if (cents > 0) {
            words.append(DIGITS[cents]).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    /** Whole yuan, group by group from the highest; a group after a higher one that starts with zeros (or a zero group between) brings one 零. */
    private static String yuan(long yuan) {
        int[] groups = new int[GROUPS.length];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (int) (yuan % 10_000);
            yuan /= 10_000;
        }
        StringBuilder words = new StringBuilder();
        boolean zerosBefore = false;
        for (int i = groups.length - 1; i >= 0; i--) {
            int group = groups[i];
            if (group == 0) {
                zerosBefore = !words.isEmpty();
                continue;
            }
            if (!words.isEmpty() && (zerosBefore || group < 1000)) {
                words.append('零');
            }
            zerosBefore = false;
            words.append(group(group)).append(GROUPS[i]);
        }
        return words.toString();
    }

    /** 1 to 9999: 壹仟零肆, 壹拾, 伍佰. */
    private static String group(int value) {
        StringBuilder words = new StringBuilder();
        boolean zero = false;
        for (int position = 3, divisor = 1000; position >= 0; position--, divisor /= 10) {
            int digit = value / divisor % 10;
            if (digit == 0) {
                zero = !words.isEmpty();
            } else {
                if (zero) {
                    words.append('零');
                    zero = false;
                }
                words.append(DIGITS[digit]).append(WITHIN_GROUP[position]);
            }
        }
        return words.toString();
    }
}
