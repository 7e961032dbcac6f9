package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.events.OutgoingEvent;
import cn.dalian.laborbrand.contracts.events.Outcome;
import cn.dalian.laborbrand.platform.problem.ErrorCode;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Given–when–then on one aggregate alone, without Spring (modelled on Axon's {@code AggregateTestFixture}):
 * given its state and the steps already taken, when one more step is taken, then expect the state afterwards,
 * the events the step caused, or the refusal with its stable code.
 *
 * <pre>{@code
 * given(openedCase).andGiven(c -> c.decideAtDistrict(...))
 *         .when(c -> c.startPublicity(...))
 *         .expectState(c -> assertThat(c.stage()).isEqualTo(PUBLICITY))
 *         .expectEvents(new PublicityStarted(...));
 * }</pre>
 */
public final class AggregateFixture<A> {

    private final A state;

    private AggregateFixture(A state) {
        this.state = state;
    }

    public static <A> AggregateFixture<A> given(A state) {
        return new AggregateFixture<>(state);
    }

    /** The aggregate as the given steps left it, to start other tests from. */
    public A state() {
        return state;
    }

    /** A step taken before the one under test; it must succeed. */
    public AggregateFixture<A> andGiven(Function<A, ? extends Outcome<A>> step) {
        return new AggregateFixture<>(step.apply(state).state());
    }

    public Then<A> when(Function<A, ? extends Outcome<A>> step) {
        try {
            return new Then<>(step.apply(state), null);
        } catch (PlatformException refused) {
            return new Then<>(null, refused);
        }
    }

    /** What the step under test did. */
    public static final class Then<A> {

        private final Outcome<A> outcome;
        private final PlatformException refusal;

        private Then(Outcome<A> outcome, PlatformException refusal) {
            this.outcome = outcome;
            this.refusal = refusal;
        }

        public Then<A> expectState(Consumer<A> check) {
            check.accept(succeeded().state());
            return this;
        }

        /** The whole outcome, for what a particular aggregate returns besides state and events. */
        @SuppressWarnings("unchecked")
        public <O extends Outcome<A>> Then<A> expectOutcome(Consumer<O> check) {
            check.accept((O) succeeded());
            return this;
        }

        /** Exactly these event payloads, in this order. */
        public Then<A> expectEvents(Object... payloads) {
            List<Object> caused = succeeded().events().stream().<Object>map(OutgoingEvent::payload).toList();
            assertThat(caused).as("events of the step").containsExactlyElementsOf(Arrays.asList(payloads));
            return this;
        }

        /** Exactly one event, of this definition, about the subject, whose payload passes the check. */
        public <P> Then<A> expectEvent(EventDefinition<P> definition, Object subject, Consumer<P> check) {
            List<OutgoingEvent<?>> events = succeeded().events();
            assertThat(events).as("events of the step").hasSize(1);
            assertThat(events.getFirst().definition()).isEqualTo(definition);
            assertThat(events.getFirst().subject()).isEqualTo(String.valueOf(subject));
            check.accept(definition.payloadType().cast(events.getFirst().payload()));
            return this;
        }

        public Then<A> expectNoEvents() {
            assertThat(succeeded().events()).as("events of the step").isEmpty();
            return this;
        }

        /** The step was refused with this code (and nothing changed, since the aggregate is a value). */
        public Then<A> expectRefusal(ErrorCode code) {
            if (refusal == null) {
                fail("expected the step to be refused with %s, but it succeeded with %s", code.name(), outcome.events());
            }
            assertThat(refusal.code()).as("code of the refusal \"%s\"", refusal.getMessage()).isEqualTo(code);
            return this;
        }

        public Then<A> expectRefusal(ErrorCode code, String detailContains) {
            expectRefusal(code);
            assertThat(refusal.getMessage()).contains(detailContains);
            return this;
        }

        private Outcome<A> succeeded() {
            if (refusal != null) {
                fail("expected the step to succeed, but it was refused with %s: %s", refusal.code().name(), refusal.getMessage());
            }
            return outcome;
        }
    }
}
