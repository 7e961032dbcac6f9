package cn.dalian.laborbrand.registry.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * The files dynamic management rests on, in the registry's own database: a body of at most the configured size is
 * read, its type sniffed from the bytes (PDF, JPEG, PNG), its SHA-256 kept with it.
 */
@Service
public class StoredFiles {

    private final StoredFileRepository files;
    private final FilesProperties properties;
    private final FileSniffer sniffer = new FileSniffer();
    private final Clock clock;

    StoredFiles(StoredFileRepository files, FilesProperties properties, Clock clock) {
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Keeps a file for the brand. {@code declaredLength} is the request's Content-Length (-1 when not given): a body
     * declared too large is refused before it is read, one that turns out too large once its limit is read.
     */
    @Transactional
    public StoredFile store(UUID brandId, FilePurpose purpose, String name, InputStream body, long declaredLength, String uploadedBy) {
        long limit = properties.maxSize().toBytes();
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        byte[] content;
        try {
            content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > limit) {
            throw tooLarge(limit);
        }
        if (content.length == 0) {
            throw new PlatformException(FileProblem.EMPTY);
        }
        String type = sniffer.allowedType(content).orElseThrow(() -> new PlatformException(FileProblem.TYPE_NOT_ALLOWED));
        StoredFile file = new StoredFile(UUID.randomUUID(), brandId, purpose, label(name, purpose), type, content.length,
                sha256(content), uploadedBy, clock.instant());
        files.insert(file, content);
        return file;
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(UUID id) {
        return files.find(id);
    }

    @Transactional(readOnly = true)
    public List<StoredFile> findAll(Collection<UUID> ids) {
        return files.findAll(ids);
    }

    /** The brand's files of a purpose uploaded since the instant, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> uploadedSince(UUID brandId, FilePurpose purpose, Instant since) {
        return files.findSince(brandId, purpose, since);
    }

    @Transactional(readOnly = true)
    public byte[] content(StoredFile file) {
        return files.content(file.id());
    }

    private static PlatformException tooLarge(long limit) {
        return new PlatformException(FileProblem.TOO_LARGE, "文件超过了大小上限（不超过 " + limit / (1024 * 1024) + " MB）。").with("maxBytes", limit);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The file's name as a label only: the last path segment, trimmed and shortened; the purpose when none is given. */
    private static String label(String given, FilePurpose purpose) {
        if (given == null) {
            return purpose.label();
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return purpose.label();
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
