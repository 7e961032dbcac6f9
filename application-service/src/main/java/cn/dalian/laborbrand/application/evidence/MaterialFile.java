package cn.dalian.laborbrand.application.evidence;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A file handed in as material of an application.
 *
 * @param label       the name it is shown and downloaded under (never a path)
 * @param contentType what its bytes are, as sniffed from them (never as declared)
 * @param sizeBytes   its length, at least 1
 * @param sha256      the SHA-256 of its bytes, lower-case hex
 * @param storageKey  where the evidence store keeps its bytes
 */
public record MaterialFile(UUID id, UUID applicationId, MaterialKind kind, String label, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt, UUID storageKey) {

    public MaterialFile {
        Objects.requireNonNull(id);
        Objects.requireNonNull(applicationId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(storageKey);
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("a material file has at least one byte");
        }
    }
}
