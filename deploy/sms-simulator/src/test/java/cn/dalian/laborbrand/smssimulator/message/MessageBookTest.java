package cn.dalian.laborbrand.smssimulator.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.simulatorkit.MutableClock;
import cn.dalian.laborbrand.smssimulator.message.MessageBook.Acceptance;
import cn.dalian.laborbrand.smssimulator.message.MessageBook.Outcome;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class MessageBookTest {

    /** 2026-12-01 14:30:05 in Beijing. */
    private static final Instant NOW = Instant.parse("2026-12-01T06:30:05.750Z");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void theFirstRequestIsSentAndTheSameRequestAgainIsADuplicateNeverASecondSms() throws IOException {
        try (MessageBook book = open()) {
            // given a message accepted once
            Acceptance first = book.accept(Samples.decision());

            // when notification-service sends it again (its answer timed out)
            Acceptance again = book.accept(Samples.decision());

            // then it is the same message, answered twice
            assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(first.message().messageId()).isEqualTo("SM2026120100000001");
            assertThat(first.message().acceptedAt()).isEqualTo(Instant.parse("2026-12-01T06:30:05Z"));
            assertThat(first.message().segments()).isEqualTo(1);
            assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(again.message().messageId()).isEqualTo("SM2026120100000001");
            assertThat(again.message().duplicates()).isEqualTo(1);
            assertThat(book.all()).hasSize(1);
        }
    }

    @Test
    void theSameRequestIdWithAnotherNumberOrContentIsAConflictThatSendsNothing() throws IOException {
        try (MessageBook book = open()) {
            SmsRequest decision = Samples.decision();
            book.accept(decision);

            Acceptance otherPhone = book.accept(new SmsRequest(decision.requestId(), Samples.REVIEWER_PHONE, decision.signName(), decision.content()));
            Acceptance otherContent = book.accept(new SmsRequest(decision.requestId(), decision.phoneNumber(), decision.signName(), "您好"));

            assertThat(otherPhone.outcome()).isEqualTo(Outcome.CONFLICT);
            assertThat(otherContent.outcome()).isEqualTo(Outcome.CONFLICT);
            assertThat(book.all()).singleElement().satisfies(message -> {
                assertThat(message.phoneNumber()).isEqualTo(Samples.JINGANG_PHONE);
                assertThat(message.duplicates()).isZero();
            });
        }
    }

    @Test
    void aSixthMessageToOneNumberWithinAMinuteWaitsUntilTheFirstIsAMinuteOld() throws IOException {
        try (MessageBook book = open()) {
            // given five messages to one number, 10 s apart
            for (int i = 1; i <= 5; i++) {
                clock.now = NOW.plusSeconds(10L * i);
                assertThat(book.accept(Samples.supplement("supplement-" + i)).outcome()).isEqualTo(Outcome.ACCEPTED);
            }

            // when a sixth comes 40 s after the first
            Acceptance sixth = book.accept(Samples.supplement("supplement-6"));

            // then it is refused for the 20 s until the first leaves the window; a repeat and another number still go
            assertThat(sixth.outcome()).isEqualTo(Outcome.RATE_LIMITED);
            assertThat(sixth.retryAfter()).isEqualTo(Duration.ofSeconds(20));
            assertThat(book.accept(Samples.supplement("supplement-5")).outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(book.accept(Samples.newCase()).outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(book.to(Samples.JINGANG_PHONE)).hasSize(5);
        }
        clock.now = NOW.plusSeconds(71);
        try (MessageBook book = open()) {
            assertThat(book.accept(Samples.supplement("supplement-6")).outcome()).as("the window moved on").isEqualTo(Outcome.ACCEPTED);
        }
    }

    @Test
    void aMessageIsDeliveredTwoSecondsAfterItWasAccepted() throws IOException {
        try (MessageBook book = open()) {
            Message message = book.accept(Samples.decision()).message();

            assertThat(message.statusAt(NOW)).isEqualTo(Message.Status.ACCEPTED);
            assertThat(message.statusAt(NOW.plusSeconds(2))).isEqualTo(Message.Status.DELIVERED);
            assertThat(book.find(message.messageId())).contains(message);
            assertThat(book.find("SM2026120199999999")).isEmpty();
        }
    }

    @Test
    void aReopenedBookKnowsEveryMessageAndContinuesItsSequence() throws IOException {
        try (MessageBook book = open()) {
            book.accept(Samples.decision());
            book.accept(Samples.newCase());
            book.accept(Samples.decision());
        }

        try (MessageBook book = open()) {
            assertThat(book.all()).extracting(Message::messageId).containsExactly("SM2026120100000001", "SM2026120100000002");
            assertThat(book.all().getFirst().duplicates()).isEqualTo(1);
            assertThat(book.accept(Samples.decision()).outcome()).as("never sent twice across a restart").isEqualTo(Outcome.DUPLICATE);
            assertThat(book.accept(Samples.supplement("supplement-1")).message().messageId()).isEqualTo("SM2026120100000003");
        }
    }

    @Test
    void anUnreadableCompleteLineStopsTheStartRatherThanForgettingWhatWasSent() throws IOException {
        Files.writeString(journal(), "{\"type\":\"SENT\",\"requestId\":\"8e21f4a9\"}\n");

        assertThatThrownBy(this::open).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    private MessageBook open() throws IOException {
        return MessageBook.open(journal(), MAPPER, clock);
    }

    private Path journal() {
        return folder.resolve("sms-journal.jsonl");
    }
}
