package cn.dalian.laborbrand.simulatorkit.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class JournalTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** What a simulator might record: a subsidy paid to a labour-service company. */
    record Entry(String reference, String payee, long amountFen) {
    }

    private static final Entry JINGANG = new Entry("4f1c2a77-0b7e-4d8a-9a51-3c2f9e0d1a01", "大连金港人力资源服务有限公司", 5_000_000);
    private static final Entry HAIWAN = new Entry("9b2e6c10-5d3f-4f7a-8c21-7e4a0b9f2d02", "大连海湾劳务派遣有限公司", 3_000_000);

    @TempDir
    Path folder;

    @Test
    void appendedEntriesAreReplayedInOrderWhenTheJournalIsOpenedAgain() throws IOException {
        try (Journal<Entry> journal = open()) {
            assertThat(journal.recorded()).isEmpty();
            journal.append(JINGANG);
            journal.append(HAIWAN);
        }

        try (Journal<Entry> journal = open()) {
            assertThat(journal.recorded()).containsExactly(JINGANG, HAIWAN);
        }
        assertThat(Files.readAllLines(file())).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"reference\":"));
    }

    @Test
    void theJournalsFolderIsCreatedWhenMissing() throws IOException {
        Path nested = folder.resolve("var/lib/laborbrand/payment-journal.jsonl");

        try (Journal<Entry> journal = Journal.open(nested, Entry.class, MAPPER)) {
            journal.append(JINGANG);
            assertThat(journal.file()).isEqualTo(nested.toAbsolutePath());
        }
        assertThat(nested).exists();
    }

    @Test
    void aLastLineCutOffByAKillIsDroppedAndTheJournalGoesOnFromTheLastCompleteLine() throws IOException {
        try (Journal<Entry> journal = open()) {
            journal.append(JINGANG);
        }
        Files.writeString(file(), "{\"reference\":\"9b2e6c10", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (Journal<Entry> journal = open()) {
            assertThat(journal.recorded()).containsExactly(JINGANG);
            journal.append(HAIWAN);
        }
        try (Journal<Entry> journal = open()) {
            assertThat(journal.recorded()).containsExactly(JINGANG, HAIWAN);
        }
    }

    @Test
    void anUnreadableCompleteLineStopsTheOpeningNamingTheLine() throws IOException {
        Files.writeString(file(), "{\"reference\":\"4f1c2a77\",\"payee\":\"大连金港人力资源服务有限公司\",\"amountFen\":5000000}\n{\"reference\":\n");

        assertThatThrownBy(this::open).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    private Journal<Entry> open() throws IOException {
        return Journal.open(file(), Entry.class, MAPPER);
    }

    private Path file() {
        return folder.resolve("journal.jsonl");
    }
}
