package cn.dalian.laborbrand.platform.starter.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON text the platform does not take in ({@code AcceptableText}); the reason is Chinese, for the problem's field. */
public class RefusedTextException extends MismatchedInputException {

    private final String reason;

    RefusedTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
