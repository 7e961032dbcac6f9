package cn.dalian.laborbrand.registry.lifecycle;

import java.util.List;

/** A lifecycle step's outcome: the brand's new lifecycle and the facts to publish with it. */
public record Transition(BrandLifecycle state, List<LifecycleFact> facts) {

    public Transition {
        facts = List.copyOf(facts);
    }

    static Transition to(BrandLifecycle state, LifecycleFact fact) {
        return new Transition(state, List.of(fact));
    }
}
