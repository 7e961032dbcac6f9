package cn.dalian.laborbrand.registry.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Where the province's reading of the feed stands: the journal position of the last event it was given (0 before the
 * first). Written for the client as base64url of {@code feed.v1:<position>}: opaque to it, versioned so that another
 * form can be introduced beside this one, and never expiring, so that the client may replay from any cursor it kept.
 */
record FeedCursor(long position) {

    static final FeedCursor START = new FeedCursor(0);

    private static final Pattern WRITTEN = Pattern.compile("feed\\.v1:(0|[1-9][0-9]{0,17})");

    FeedCursor {
        if (position < 0) {
            throw new IllegalArgumentException("a feed position is never negative: " + position);
        }
    }

    /** The cursor a client sent; none (or empty) reads from the start. */
    static FeedCursor parse(String text) {
        if (text == null || text.isEmpty()) {
            return START;
        }
        try {
            Matcher matcher = WRITTEN.matcher(new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8));
            if (matcher.matches()) {
                return new FeedCursor(Long.parseLong(matcher.group(1)));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below like any other text this feed did not write
        }
        throw new PlatformException(FeedProblem.MALFORMED_CURSOR).with("field", "cursor");
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("feed.v1:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
