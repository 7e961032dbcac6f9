package cn.dalian.laborbrand.registry.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** How files travel over HTTP: an upload is the file itself as the body (no form, no multipart), a download an attachment. */
@Component
public class FileTransfer {

    public void requireRawBody(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded")) {
            throw new PlatformException(FileProblem.NOT_RAW);
        }
    }

    /** The stored bytes with the sniffed type, as an attachment under the file's label (RFC 6266/5987), tagged by SHA-256. */
    public ResponseEntity<byte[]> download(StoredFile file, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
