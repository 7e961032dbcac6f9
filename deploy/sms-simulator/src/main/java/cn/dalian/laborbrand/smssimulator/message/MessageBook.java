package cn.dalian.laborbrand.smssimulator.message;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.dalian.laborbrand.simulatorkit.journal.Journal;
import cn.dalian.laborbrand.smssimulator.message.JournalEntry.Accepted;
import cn.dalian.laborbrand.smssimulator.message.JournalEntry.Repeated;
import tools.jackson.databind.ObjectMapper;

/**
 * Every message the simulator ever accepted, rebuilt from its journal at start. Each change is journalled first
 * (forced to disk), then applied, under one lock: what was answered is on disk. A requestId is sent once; the same
 * requestId again is a duplicate (same message) or a conflict (another one), never a second SMS. A number gets at
 * most {@value #RATE_LIMIT} messages in {@link #RATE_WINDOW}, as carriers enforce against flooding a handset.
 */
public final class MessageBook implements AutoCloseable {

    public static final int RATE_LIMIT = 5;
    public static final Duration RATE_WINDOW = Duration.ofSeconds(60);

    public enum Outcome { ACCEPTED, DUPLICATE, CONFLICT, RATE_LIMITED }

    /**
     * What a {@code POST /v1/sms/messages} did.
     *
     * @param message    the message as it stands afterwards; null when rate limited
     * @param retryAfter when rate limited, how long until the number may get another message
     */
    public record Acceptance(Outcome outcome, Message message, Duration retryAfter) {
    }

    private final Journal<JournalEntry> journal;
    private final Clock clock;
    private final Map<String, Message> byRequestId = new LinkedHashMap<>();
    private final Map<String, Message> byMessageId = new LinkedHashMap<>();

    private MessageBook(Journal<JournalEntry> journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
        journal.recorded().forEach(this::apply);
    }

    public static MessageBook open(Path file, ObjectMapper mapper, Clock clock) throws IOException {
        return new MessageBook(Journal.open(file, JournalEntry.class, mapper), clock);
    }

    public Path journalFile() {
        return journal.file();
    }

    /** Accepts a valid request (see {@link SmsRequest#refusal}) as a new message, a duplicate, a conflict, or not yet. */
    public synchronized Acceptance accept(SmsRequest request) {
        Instant now = now();
        Message existing = byRequestId.get(request.requestId());
        if (existing != null) {
            if (!existing.request().sameMessage(request)) {
                return new Acceptance(Outcome.CONFLICT, existing, null);
            }
            record(new Repeated(request.requestId(), now));
            return new Acceptance(Outcome.DUPLICATE, byRequestId.get(request.requestId()), null);
        }
        Optional<Duration> wait = rateLimited(request.phoneNumber(), now);
        if (wait.isPresent()) {
            return new Acceptance(Outcome.RATE_LIMITED, null, wait.get());
        }
        String messageId = MessageIds.of(now, byRequestId.size() + 1L);
        record(new Accepted(request.requestId(), messageId, Segments.of(request.signName(), request.content()), now, request));
        return new Acceptance(Outcome.ACCEPTED, byRequestId.get(request.requestId()), null);
    }

    public synchronized Optional<Message> find(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }

    /** In the order they were accepted. */
    public synchronized List<Message> all() {
        return List.copyOf(byRequestId.values());
    }

    public synchronized List<Message> to(String phoneNumber) {
        return byRequestId.values().stream().filter(message -> message.phoneNumber().equals(phoneNumber)).toList();
    }

    @Override
    public synchronized void close() throws IOException {
        journal.close();
    }

    /** How long until the number may get a message again, when it got {@value #RATE_LIMIT} within the window. */
    private Optional<Duration> rateLimited(String phoneNumber, Instant now) {
        List<Instant> recent = byRequestId.values().stream()
                .filter(message -> message.phoneNumber().equals(phoneNumber) && message.acceptedAt().isAfter(now.minus(RATE_WINDOW)))
                .map(Message::acceptedAt).sorted().toList();
        if (recent.size() < RATE_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.get(recent.size() - RATE_LIMIT).plus(RATE_WINDOW)));
    }

    private void record(JournalEntry entry) {
        journal.append(entry);
        apply(entry);
    }

    private void apply(JournalEntry entry) {
        switch (entry) {
            case Accepted accepted -> {
                Message message = new Message(accepted.request(), accepted.messageId(), accepted.segments(), accepted.at(), 0);
                byRequestId.put(accepted.requestId(), message);
                byMessageId.put(accepted.messageId(), message);
            }
            case Repeated repeated -> {
                Message message = byRequestId.computeIfPresent(repeated.requestId(), (key, found) -> found.repeated());
                if (message != null) {
                    byMessageId.put(message.messageId(), message);
                }
            }
        }
    }

    /** Whole seconds: what the answers show. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
