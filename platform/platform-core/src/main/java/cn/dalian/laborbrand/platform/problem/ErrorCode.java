package cn.dalian.laborbrand.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A stable, machine-readable error: the HTTP status it answers with, an English title and the
 * Chinese text shown to people. {@link ProblemCode} holds the generic ones; each service keeps its
 * domain codes (for example {@code APPLICATION_NOT_EDITABLE}) in an enum of its own, each constant
 * carrying its {@link Text}.
 */
public interface ErrorCode {

    /** What a code answers with: its status, an English title, the Chinese detail people read by default. */
    record Text(HttpStatus status, String title, String defaultDetail) {
    }

    String name();

    Text text();

    default HttpStatus status() {
        return text().status();
    }

    default String title() {
        return text().title();
    }

    default String defaultDetail() {
        return text().defaultDetail();
    }
}
