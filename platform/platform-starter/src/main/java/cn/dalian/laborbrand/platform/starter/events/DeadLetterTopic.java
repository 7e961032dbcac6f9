package cn.dalian.laborbrand.platform.starter.events;

/** The dead-letter topic of a consumer group: one per group, so that each service replays only its own failures. */
public final class DeadLetterTopic {

    private DeadLetterTopic() {
    }

    public static String of(String consumerGroup) {
        return "laborbrand." + consumerGroup + ".dlt";
    }
}
