package cn.dalian.laborbrand.contracts.events;

import java.util.List;
import java.util.Objects;

/** The plain {@link Outcome}: an aggregate's new state and the events its step caused (possibly none). */
public record Changed<A>(A state, List<OutgoingEvent<?>> events) implements Outcome<A> {

    public Changed {
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }

    public static <A> Changed<A> to(A state, OutgoingEvent<?>... events) {
        return new Changed<>(state, List.of(events));
    }
}
