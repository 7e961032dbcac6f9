package cn.dalian.laborbrand.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void aWellFormedCallerIdIsKept() {
        assertThat(CorrelationId.acceptOrCreate("spa-20221115-0001")).isEqualTo("spa-20221115-0001");
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        // given an id carrying a line break, as a log-injection attempt would
        String supplied = "abc12345\n{\"level\":\"ERROR\"}";

        // when
        String accepted = CorrelationId.acceptOrCreate(supplied);

        // then a fresh UUID is used instead
        assertThat(accepted).isNotEqualTo(supplied).matches("[0-9a-f-]{36}");
    }

    @Test
    void aMissingIdIsCreated() {
        assertThat(CorrelationId.acceptOrCreate(null)).matches("[0-9a-f-]{36}");
    }
}
