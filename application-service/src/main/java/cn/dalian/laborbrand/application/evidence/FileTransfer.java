package cn.dalian.laborbrand.application.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * How evidence files travel over HTTP, for every endpoint that takes or serves them: an upload is the file itself as the
 * request body (never a form or multipart, so that it streams to the store), a download the stored bytes as an attachment
 * under the file's label.
 */
@Component
class FileTransfer {

    /** Refuses a form or multipart body: the file must be the body itself. */
    void requireRawBody(HttpServletRequest request) {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded")) {
            throw new PlatformException(EvidenceProblem.MATERIAL_UPLOAD_NOT_RAW);
        }
    }

    /** The file's bytes as stored, with the sniffed type, its length and its name as an attachment (RFC 6266/5987). */
    void send(MaterialFile file, InputStream content, HttpServletResponse response) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(FileLabel.downloadName(file.label(), file.contentType()), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
        content.transferTo(response.getOutputStream());
    }
}
