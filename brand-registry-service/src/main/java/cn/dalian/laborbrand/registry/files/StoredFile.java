package cn.dalian.laborbrand.registry.files;

import java.time.Instant;
import java.util.UUID;

/** A file kept for a brand, without its bytes: its label, sniffed type, size and SHA-256 (hex), who and when. */
public record StoredFile(UUID id, UUID brandId, FilePurpose purpose, String name, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {
}
