package cn.dalian.laborbrand.notification.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import cn.dalian.laborbrand.platform.text.ChineseDates;

/**
 * The templates' own filters, so that a date or an amount is written the same way in every message:
 * {@code day} (2022年11月18日; an instant as the day it is in Dalian), {@code yuan} (¥50,000.00 from fen), {@code wan}
 * (5万元 from fen, for SMS) and {@code brief(n)} (a name cut to n characters with …, for SMS).
 */
final class NoticeFilters extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "day", filter(input -> switch (input) {
                    case LocalDate day -> ChineseDates.format(day);
                    case Instant instant -> ChineseDates.format(LocalDate.ofInstant(instant, ChineseDates.DALIAN));
                    default -> throw new IllegalArgumentException("day: not a date: " + input);
                }),
                "yuan", filter(input -> ChineseMoney.full(((Number) input).longValue())),
                "wan", filter(input -> ChineseMoney.brief(((Number) input).longValue())),
                "brief", new Brief());
    }

    private static Filter filter(Function<Object, String> format) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
                return input == null ? null : format.apply(input);
            }
        };
    }

    /** A brand or unit name an SMS can afford: at most n characters, the cut marked with …. */
    private static final class Brief implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return List.of("length");
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            if (input == null) {
                return null;
            }
            String text = input.toString();
            int max = ((Number) args.get("length")).intValue();
            return SmsLength.length(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
        }
    }
}
