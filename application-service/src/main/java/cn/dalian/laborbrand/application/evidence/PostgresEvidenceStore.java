package cn.dalian.laborbrand.application.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence in the service's own database, for the embedded run and small deployments: each object is a row of
 * {@code evidence_object} and its bytes rows of {@code evidence_chunk} of (by default) 1 MB, written one by one as
 * they are read and read back one by one, so that no more than a chunk is in memory and no connection is held while
 * the client sends or reads. The object's row is written last: chunks without it belong to an upload that failed.
 */
@Repository
@ConditionalOnProperty(name = "laborbrand.evidence.store", havingValue = "postgres", matchIfMissing = true)
class PostgresEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;
    private final int chunkSize;

    PostgresEvidenceStore(JdbcClient jdbc, EvidenceProperties properties) {
        this.jdbc = jdbc;
        this.chunkSize = Math.toIntExact(properties.chunkSize().toBytes());
    }

    @Override
    public long put(UUID key, InputStream content) throws IOException {
        byte[] buffer = new byte[chunkSize];
        long size = 0;
        int chunks = 0;
        try {
            int read;
            while ((read = content.readNBytes(buffer, 0, chunkSize)) > 0) {
                jdbc.sql("INSERT INTO evidence_chunk (object_key, seq, data) VALUES (:key, :seq, :data)")
                        .param("key", key)
                        .param("seq", chunks)
                        .param("data", read == chunkSize ? buffer : Arrays.copyOf(buffer, read))
                        .update();
                size += read;
                chunks++;
                if (read < chunkSize) {
                    break;
                }
            }
            jdbc.sql("INSERT INTO evidence_object (key, size_bytes, chunks, stored_at) VALUES (:key, :size, :chunks, now())")
                    .param("key", key)
                    .param("size", size)
                    .param("chunks", chunks)
                    .update();
            return size;
        } catch (IOException | RuntimeException e) {
            try {
                delete(key);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Override
    public InputStream open(UUID key) throws IOException {
        Integer chunks = jdbc.sql("SELECT chunks FROM evidence_object WHERE key = :key").param("key", key).query(Integer.class)
                .optional().orElseThrow(() -> new FileNotFoundException("no evidence object " + key));
        return new ChunkStream(key, chunks);
    }

    @Override
    public void delete(UUID key) {
        jdbc.sql("DELETE FROM evidence_object WHERE key = :key").param("key", key).update();
        jdbc.sql("DELETE FROM evidence_chunk WHERE object_key = :key").param("key", key).update();
    }

    private byte[] chunk(UUID key, int seq) throws FileNotFoundException {
        return jdbc.sql("SELECT data FROM evidence_chunk WHERE object_key = :key AND seq = :seq")
                .param("key", key).param("seq", seq).query(byte[].class).optional()
                .orElseThrow(() -> new FileNotFoundException("evidence object " + key + " lost its chunk " + seq));
    }

    /** The object's chunks, each fetched when the reader reaches it. */
    private final class ChunkStream extends InputStream {

        private final UUID key;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        ChunkStream(UUID key, int chunks) {
            this.key = key;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            return available() > 0 || fetch() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !fetch()) {
                return -1;
            }
            int count = Math.min(length, available());
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        private boolean fetch() throws IOException {
            while (available() == 0) {
                if (next >= chunks) {
                    return false;
                }
                int seq = next++;
                current = chunk(key, seq);
                position = 0;
            }
            return true;
        }
    }
}
