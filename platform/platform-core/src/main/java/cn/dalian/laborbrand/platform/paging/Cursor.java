package cn.dalian.laborbrand.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * Where the next page of a keyset-paged list begins: the sort keys of the last item of the page before, sent to
 * the client as an opaque text (base64url). A list is ordered by keys that end in a unique one (usually the id),
 * so the order is stable and a page never repeats or skips an item, whatever is added meanwhile.
 */
public record Cursor(List<String> keys) {

    private static final String SEPARATOR = "\n";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, keys).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; refused when it is not one this list wrote (other keys, altered, truncated). */
    public static Cursor decode(String text, int expectedKeys) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            Cursor cursor = new Cursor(Arrays.asList(decoded.split(SEPARATOR, -1)));
            if (cursor.keys.size() != expectedKeys) {
                throw invalid();
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public String text(int index) {
        return keys.get(index);
    }

    public Instant instant(int index) {
        return parse(() -> Instant.parse(keys.get(index)));
    }

    public LocalDate date(int index) {
        return parse(() -> LocalDate.parse(keys.get(index)));
    }

    public UUID uuid(int index) {
        return parse(() -> UUID.fromString(keys.get(index)));
    }

    public int number(int index) {
        return parse(() -> Integer.parseInt(keys.get(index)));
    }

    private static <T> T parse(java.util.function.Supplier<T> key) {
        try {
            return key.get();
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static PlatformException invalid() {
        return new PlatformException(ProblemCode.INVALID_CURSOR).with("field", "cursor");
    }
}
