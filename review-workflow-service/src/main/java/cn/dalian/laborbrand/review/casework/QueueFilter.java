package cn.dalian.laborbrand.review.casework;

import java.util.Optional;

/**
 * What a reviewer narrows the queue to and how it is ordered.
 *
 * @param assignee a reviewer's username, or {@link #UNASSIGNED} for the cases nobody has taken
 * @param text     part of the brand's or the unit's name
 * @param district one district, for city staff who see every district
 */
public record QueueFilter(Optional<ReviewStage> stage, Optional<String> assignee, Optional<String> text, Optional<String> district,
        QueueOrder order) {

    public static final String UNASSIGNED = "NONE";

    public static QueueFilter stage(Optional<ReviewStage> stage) {
        return new QueueFilter(stage, Optional.empty(), Optional.empty(), Optional.empty(), QueueOrder.OPENED);
    }

    /** The order of a queue: both oldest first, so that what waits longest is on top. */
    public enum QueueOrder {
        /** by the day the application arrived */
        OPENED("opened_at"),
        /** by the time the case has been waiting in its current stage */
        WAITING("stage_entered_at");

        private final String column;

        QueueOrder(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
