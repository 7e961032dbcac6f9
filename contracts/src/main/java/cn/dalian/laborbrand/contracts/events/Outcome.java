package cn.dalian.laborbrand.contracts.events;

import java.util.List;

/**
 * What a step of an aggregate returns: its state afterwards and the events the step caused. The aggregate
 * decides both; the service only stores the state and hands the events to the outbox, in one transaction.
 */
public interface Outcome<A> {

    A state();

    List<OutgoingEvent<?>> events();
}
