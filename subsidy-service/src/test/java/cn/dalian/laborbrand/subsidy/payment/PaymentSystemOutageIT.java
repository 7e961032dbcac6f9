package cn.dalian.laborbrand.subsidy.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * The payment system down "for minutes" (here seconds: every time in this context is scaled down): payments wait, nothing is
 * lost and nothing fails for it, the breaker opens so the payment system is not pressed, then closes when it is back, and
 * everything is paid.
 */
class PaymentSystemOutageIT extends AbstractPaymentIT {

    @Test
    void whileThePaymentSystemIsDownPaymentsWaitTheBreakerOpensAndAfterwardsEverythingIsPaid() throws InterruptedException {
        // given the breaker's transitions watched, and a payment system answering 503
        CircuitBreaker breaker = breakers.circuitBreaker(PaymentSystemClient.NAME);
        Set<CircuitBreaker.StateTransition> transitions = ConcurrentHashMap.newKeySet();
        breaker.getEventPublisher().onStateTransition(event -> transitions.add(event.getStateTransition()));
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(503)));

        // when a batch of three is approved
        List<UUID> entitlements = List.of(entitlement("CITY", 5_000_000), entitlement("PROVINCIAL", 10_000_000), entitlement("CITY", 5_000_000));
        approvedBatch(entitlements.toArray(UUID[]::new));

        // then the breaker opens, and the payments wait with the reason
        await().atMost(PAYING).until(() -> transitions.contains(CircuitBreaker.StateTransition.CLOSED_TO_OPEN));
        int sentWhileDown = sentPayments().size();

        // and while the connection is even cut for a while, then the 503s return, nothing fails and the breaker holds off
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Thread.sleep(3_000);
        WIREMOCK.stubFor(post(urlEqualTo("/v1/payments")).willReturn(aResponse().withStatus(503)));
        Thread.sleep(3_000);
        assertThat(jdbc.sql("SELECT status FROM payment").query(String.class).list()).hasSize(3).containsOnly("QUEUED");
        assertThat(jdbc.sql("SELECT last_error FROM payment").query(String.class).list()).allSatisfy(error -> assertThat(error).isNotBlank());
        assertThat(entitlements).allSatisfy(id -> assertThat(entitlementStatus(id)).isEqualTo("APPROVED"));
        assertThat(budget2026()).containsExactly(20_000_000L, 0L, 80_000_000L);
        // six seconds at 200 ms a run with retries would be well over a hundred calls without the breaker and the back-off
        assertThat(sentPayments().size() - sentWhileDown).isLessThan(40);

        // when the payment system is back
        acceptingPayments();

        // then the breaker closes again, and every payment is accepted under its one key
        await().atMost(PAYING).until(() -> breaker.getState() == CircuitBreaker.State.CLOSED
                && entitlements.stream().allMatch(id -> paymentStatus(id).equals("ACCEPTED")));
        assertThat(transitions).contains(CircuitBreaker.StateTransition.OPEN_TO_HALF_OPEN, CircuitBreaker.StateTransition.HALF_OPEN_TO_CLOSED);
        assertThat(sentPayments().stream().map(request -> request.getHeader("Idempotency-Key")).distinct())
                .containsExactlyInAnyOrderElementsOf(entitlements.stream().map(id -> id + ":1").toList());

        // and when their results come, all are paid, the budget exactly
        for (UUID id : entitlements) {
            long amount = jdbc.sql("SELECT amount_fen FROM entitlement WHERE id = :id").param("id", id).query(Long.class).single();
            callback(id + ":1", "SUCCEEDED", amount, "DLBK-" + id.toString().substring(0, 8)).expectStatus().isNoContent();
        }
        assertThat(entitlements).allSatisfy(id -> assertThat(entitlementStatus(id)).isEqualTo("DISBURSED"));
        assertThat(budget2026()).containsExactly(0L, 20_000_000L, 80_000_000L);
    }
}
