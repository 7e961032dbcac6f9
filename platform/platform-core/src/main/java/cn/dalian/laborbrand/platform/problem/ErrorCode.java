package cn.dalian.laborbrand.platform.problem;

import org.springframework.http.HttpStatus;

/**
 * A stable, machine-readable error: the HTTP status it answers with, an English title and the
 * Chinese text shown to people. {@link ProblemCode} holds the generic ones; each service keeps its
 * domain codes (for example {@code APPLICATION_NOT_EDITABLE}) in an enum of its own.
 */
public interface ErrorCode {

    String name();

    HttpStatus status();

    String title();

    String defaultDetail();
}
