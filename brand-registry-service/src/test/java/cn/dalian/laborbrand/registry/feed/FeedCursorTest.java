package cn.dalian.laborbrand.registry.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

class FeedCursorTest {

    @Test
    void aCursorReadsBackAsThePositionItWasWrittenFor() {
        assertThat(FeedCursor.parse(new FeedCursor(4711).encode())).isEqualTo(new FeedCursor(4711));
    }

    @Test
    void noCursorReadsFromTheStart() {
        assertThat(FeedCursor.parse(null)).isEqualTo(FeedCursor.START);
        assertThat(FeedCursor.parse("")).isEqualTo(FeedCursor.START);
    }

    @Test
    void aCursorIsOpaqueButVersioned() {
        assertThat(new String(Base64.getUrlDecoder().decode(new FeedCursor(42).encode()), StandardCharsets.UTF_8)).isEqualTo("feed.v1:42");
    }

    @Test
    void textTheFeedDidNotWriteIsAMalformedCursor() {
        for (String text : new String[] {"第3页", "%%%", encoded("feed.v1:"), encoded("feed.v1:007"), encoded("feed.v2:3"), encoded("42"),
                encoded("feed.v1:99999999999999999999")}) {
            assertThatThrownBy(() -> FeedCursor.parse(text)).as(text)
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(FeedProblem.MALFORMED_CURSOR));
        }
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
