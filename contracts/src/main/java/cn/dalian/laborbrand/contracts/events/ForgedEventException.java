package cn.dalian.laborbrand.contracts.events;

/**
 * A well-formed event on a topic its {@code source} does not own, or of a type that topic does not carry: whoever
 * wrote it, it is not the producer's word. Like any message a consumer cannot accept, it goes to the dead-letter topic
 * at once, with this message as the reason, and has no effect.
 */
public class ForgedEventException extends MalformedEventException {

    public ForgedEventException(String message) {
        super(message);
    }
}
