package cn.dalian.laborbrand.paymentsimulator.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.paymentsimulator.payment.PaymentBook.Outcome;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class PaymentBookTest {

    private static final String CALLBACK = "http://127.0.0.1:8080/api/subsidies/payment-callbacks";
    /** 2026-12-01 14:30:05 in Beijing. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T06:30:05.750Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void theFirstRequestIsAPaymentAndTheSameRequestAgainIsAReplayNeverASecondPayment() throws IOException {
        try (PaymentBook book = open()) {
            // given a payment accepted once
            PaymentBook.Acceptance first = book.accept(Samples.jingang(CALLBACK));

            // when the platform sends it again (a timeout after the bank accepted)
            PaymentBook.Acceptance again = book.accept(Samples.jingang(CALLBACK));

            // then it is the same payment, received twice
            assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(first.payment().transactionId()).isEqualTo("DLBK20261201000001");
            assertThat(first.payment().acceptedAt()).isEqualTo(Instant.parse("2026-12-01T06:30:05Z"));
            assertThat(again.outcome()).isEqualTo(Outcome.REPLAYED);
            assertThat(again.payment().transactionId()).isEqualTo("DLBK20261201000001");
            assertThat(again.payment().received()).isEqualTo(2);
            assertThat(book.all()).hasSize(1);
        }
    }

    @Test
    void theSameReferenceWithOtherContentIsAConflictThatChangesNothing() throws IOException {
        try (PaymentBook book = open()) {
            book.accept(Samples.jingang(CALLBACK));
            PaymentRequest otherAmount = new PaymentRequest(Samples.JINGANG_REFERENCE, 10_000_000L, "CNY", "大连金港人力资源服务有限公司",
                    "中国工商银行大连星海支行", "3400200109100012345", "2026年度劳务品牌一次性奖补资金", CALLBACK);

            PaymentBook.Acceptance conflict = book.accept(otherAmount);

            assertThat(conflict.outcome()).isEqualTo(Outcome.CONFLICT);
            assertThat(conflict.payment().amountFen()).isEqualTo(5_000_000L);
            assertThat(conflict.payment().conflicts()).isEqualTo(1);
            assertThat(conflict.payment().received()).isEqualTo(1);
        }
    }

    @Test
    void aPaymentSettlesOnceAndItsNoticeIsCounted() throws IOException {
        try (PaymentBook book = open()) {
            book.accept(Samples.closedAccount(CALLBACK));

            Payment settled = book.settle("c3e8a1d2-5f6b-4a7c-8d9e-0f1a2b3c4d5e:1").orElseThrow();
            Payment noticed = book.callbackAnswered(settled.reference(), false, "HTTP 500");

            assertThat(settled.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(settled.failureCode()).isEqualTo("ACCOUNT_CLOSED");
            assertThat(settled.notificationId()).isNotBlank();
            assertThat(book.settle(settled.reference())).as("settled already").isEmpty();
            assertThat(noticed.callbacksSent()).isEqualTo(1);
            assertThat(noticed.callbacksAcknowledged()).isZero();
            assertThat(noticed.awaitsCallback(5)).isTrue();
        }
    }

    @Test
    void aReopenedBookKnowsEveryPaymentAndContinuesItsSequence() throws IOException {
        // given two payments, one settled and notified, and the simulator stopped
        String notificationId;
        try (PaymentBook book = open()) {
            book.accept(Samples.jingang(CALLBACK));
            book.accept(Samples.haiwan(CALLBACK));
            notificationId = book.settle(Samples.JINGANG_REFERENCE).orElseThrow().notificationId();
            book.callbackAnswered(Samples.JINGANG_REFERENCE, true, "HTTP 204");
            book.accept(Samples.jingang(CALLBACK));
        }

        // when it starts again on the same journal
        try (PaymentBook book = open()) {
            // then it knows both, as they were, settles neither twice and numbers the next payment 3
            Payment jingang = book.find(Samples.JINGANG_REFERENCE).orElseThrow();
            assertThat(jingang.status()).isEqualTo(PaymentStatus.SUCCEEDED);
            assertThat(jingang.notificationId()).isEqualTo(notificationId);
            assertThat(jingang.received()).isEqualTo(2);
            assertThat(jingang.callbacksAcknowledged()).isEqualTo(1);
            assertThat(book.settle(Samples.JINGANG_REFERENCE)).isEmpty();
            assertThat(book.find(Samples.HAIWAN_REFERENCE).orElseThrow().status()).isEqualTo(PaymentStatus.ACCEPTED);
            assertThat(book.accept(Samples.closedAccount(CALLBACK)).payment().transactionId()).isEqualTo("DLBK20261201000003");
        }
    }

    @Test
    void anUnreadableCompleteLineStopsTheStartRatherThanLosingAPayment() throws IOException {
        Files.writeString(journal(), "{\"type\":\"ACCEPTED\",\"reference\":\"4f1c2a77\"\n{\"type\":\"REPLAYED\"}\n");

        assertThatThrownBy(this::open).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    private PaymentBook open() throws IOException {
        return PaymentBook.open(journal(), MAPPER, CLOCK);
    }

    private Path journal() {
        return folder.resolve("payment-journal.jsonl");
    }
}
