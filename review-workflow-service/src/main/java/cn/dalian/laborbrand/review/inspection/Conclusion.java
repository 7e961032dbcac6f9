package cn.dalian.laborbrand.review.inspection;

import java.time.Instant;
import java.util.Objects;

/**
 * The inspectors' conclusion.
 *
 * @param confirmed 查验属实 (true) or 查验不属实 (false)
 * @param text      the conclusion in their words, at least a sentence
 */
public record Conclusion(boolean confirmed, String text, String concludedBy, Instant concludedAt) {

    public Conclusion {
        Objects.requireNonNull(text);
        Objects.requireNonNull(concludedBy);
        Objects.requireNonNull(concludedAt);
    }

    public String label() {
        return confirmed ? "查验属实" : "查验不属实";
    }
}
