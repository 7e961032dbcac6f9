package cn.dalian.laborbrand.application.evidence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of evidence files are kept, under keys the platform makes (UUIDs, never a file's name). A store
 * reads what it is given as it arrives and never holds a whole file in memory: {@link PostgresEvidenceStore} (the
 * embedded default, chunks in the service's database) or {@link S3EvidenceStore} (an S3-compatible object store).
 */
public interface EvidenceStore {

    /**
     * Stores the stream's bytes under the key, reading it to its end, and answers how many there were. When the stream
     * or the store fails, nothing is left under the key and the stream's exception is thrown as it was.
     */
    long put(UUID key, InputStream content) throws IOException;

    /**
     * The bytes stored under the key, read from the store as the caller reads them.
     *
     * @throws FileNotFoundException when nothing is stored under the key
     */
    InputStream open(UUID key) throws IOException;

    /** Removes what is stored under the key; nothing stored is no error. */
    void delete(UUID key) throws IOException;
}
