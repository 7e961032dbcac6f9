package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * A roster file as it arrived: copied from the request to a temporary file as it streams in (never in memory),
 * hashed, counted against the limit whether or not a length was declared, and recognised as XLSX (a zip container)
 * or CSV text by its first bytes, not by its name.
 */
final class RosterUpload implements AutoCloseable {

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private final Path file;
    private final long size;
    private final String sha256;
    private final String format;

    private RosterUpload(Path file, long size, String sha256, String format) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.format = format;
    }

    static RosterUpload receive(InputStream body, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("roster-", ".upload");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[4];
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read; (read = body.read(buffer)) != -1;) {
                    if (size < head.length) {
                        System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, head.length - size));
                    }
                    size += read;
                    if (size > maxBytes) {
                        throw new PlatformException(ProblemCode.PAYLOAD_TOO_LARGE, "花名册文件超过 " + (maxBytes / 1024 / 1024) + " MB 的上限。");
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new PlatformException(RosterProblem.ROSTER_UNREADABLE, "上传的花名册是空文件（0 字节）。");
            }
            boolean zip = size >= 4 && Arrays.equals(head, ZIP);
            RosterUpload upload = new RosterUpload(file, size, HexFormat.of().formatHex(digest.digest()), zip ? "XLSX" : "CSV");
            file = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                deleteQuietly(file);
            }
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    String format() {
        return format;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file the system cleans up
        }
    }
}
