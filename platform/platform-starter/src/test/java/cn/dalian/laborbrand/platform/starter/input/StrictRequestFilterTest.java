package cn.dalian.laborbrand.platform.starter.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.dalian.laborbrand.platform.problem.ProblemCode;

/** Which Content-Type a request may carry (StrictRequestFilter). */
class StrictRequestFilterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "application/json", "application/json;charset=UTF-8", "application/json; charset=utf-8",
            "application/merge-patch+json", "multipart/form-data; boundary=----b" })
    void oneMediaTypeInUtf8IsTaken(String contentType) {
        assertThat(StrictRequestFilter.contentTypeRefusal(contentType)).isEmpty();
        assertThat(StrictRequestFilter.contentTypeRefusal(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "application/*", "*/*", "*", "json", "application/json;charset=GBK", "application/json;charset=no-such-set" })
    void aWildcardAnUnreadableTypeOrAnotherCharsetIsRefusedAsUnsupported(String contentType) {
        assertThat(StrictRequestFilter.contentTypeRefusal(contentType))
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(ProblemCode.UNSUPPORTED_MEDIA_TYPE));
    }
}
