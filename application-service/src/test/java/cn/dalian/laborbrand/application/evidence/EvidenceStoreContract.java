package cn.dalian.laborbrand.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link EvidenceStore} promises, run against each real store: the bytes come back as they went in, also
 * when they are many times the store's chunk or part and their length was never told; a stream that fails midway
 * leaves nothing; deleting is final and may be repeated. A store's test implements it by naming the store.
 */
public interface EvidenceStoreContract {

    EvidenceStore store();

    /** Larger than the store's chunk or part, so that an object spans several. */
    long spanningSize();

    @Test
    default void whatIsStoredIsReadBackByteForByte() throws Exception {
        UUID key = UUID.randomUUID();
        byte[] licence = SampleFiles.pdf("Business licence of Dalian Jingang HR Services");

        assertThat(store().put(key, new ByteArrayInputStream(licence))).isEqualTo(licence.length);

        try (InputStream stored = store().open(key)) {
            assertThat(stored.readAllBytes()).isEqualTo(licence);
        }
    }

    @Test
    default void aStreamOfUnknownLengthSpanningManyChunksIsStoredAsItArrivesAndReadBackWhole() throws Exception {
        // given a roster-sized stream that says nothing of its length and ends off a chunk boundary
        UUID key = UUID.randomUUID();
        long size = spanningSize() * 2 + 12_345;

        long stored = store().put(key, new PatternStream(size, -1));

        // then every byte came back in order, which the digests of both sides show
        assertThat(stored).isEqualTo(size);
        try (InputStream read = store().open(key)) {
            assertThat(sha256Of(read)).isEqualTo(sha256Of(new PatternStream(size, -1)));
        }
    }

    @Test
    default void aStreamEndingExactlyOnAChunkBoundaryIsStoredWhole() throws Exception {
        UUID key = UUID.randomUUID();
        long size = spanningSize();

        assertThat(store().put(key, new PatternStream(size, -1))).isEqualTo(size);

        try (InputStream read = store().open(key)) {
            assertThat(sha256Of(read)).isEqualTo(sha256Of(new PatternStream(size, -1)));
        }
    }

    @Test
    default void aStreamThatFailsMidwayLeavesNothingUnderItsKey() {
        // given a stream that breaks after more than a chunk went to the store
        UUID key = UUID.randomUUID();
        PatternStream breaking = new PatternStream(spanningSize() * 3, spanningSize() + 100);

        // when it is stored, the stream's own failure comes back
        assertThatThrownBy(() -> store().put(key, breaking)).isInstanceOf(IOException.class).hasMessage("connection reset by the client");

        // and nothing is stored under the key
        assertThatThrownBy(() -> store().open(key)).isInstanceOf(FileNotFoundException.class);
        assertThat(leftoversOf(key)).isZero();
    }

    @Test
    default void aDeletedObjectIsGoneAndDeletingAgainIsNoError() throws Exception {
        UUID key = UUID.randomUUID();
        store().put(key, new ByteArrayInputStream(SampleFiles.png()));

        store().delete(key);
        store().delete(key);

        assertThatThrownBy(() -> store().open(key)).isInstanceOf(FileNotFoundException.class);
        assertThat(leftoversOf(key)).isZero();
    }

    @Test
    default void nothingStoredUnderAKeyIsNotFound() {
        assertThatThrownBy(() -> store().open(UUID.randomUUID())).isInstanceOf(FileNotFoundException.class);
    }

    /** How many pieces of the object (chunks, parts) the store still holds under the key by any means. */
    long leftoversOf(UUID key);

    private static String sha256Of(InputStream in) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, sha)) {
            digesting.transferTo(OutputStreamNull.INSTANCE);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Writes nowhere. */
    final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

    /** A stream of a given length made as it is read (never held whole), failing after {@code failAfter} bytes if ≥ 0. */
    final class PatternStream extends InputStream {

        private final long size;
        private final long failAfter;
        private long position;

        PatternStream(long size, long failAfter) {
            this.size = size;
            this.failAfter = failAfter;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (failAfter >= 0 && position >= failAfter) {
                throw new IOException("connection reset by the client");
            }
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, Math.min(size - position, 8192));
            for (int i = 0; i < count; i++) {
                target[offset + i] = (byte) ((position + i) * 31 % 251);
            }
            position += count;
            return count;
        }
    }
}
