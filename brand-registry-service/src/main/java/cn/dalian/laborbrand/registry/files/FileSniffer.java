package cn.dalian.laborbrand.registry.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;

/**
 * What a file really is, from its bytes alone (Tika's magic numbers, as application-service's evidence does), never
 * from its name or the type its sender declared; only PDF documents and JPEG or PNG images are kept.
 */
final class FileSniffer {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The sniffed type of the content, if it is one of the allowed ones; else empty. */
    Optional<String> allowedType(byte[] content) {
        try (InputStream bytes = new ByteArrayInputStream(content)) {
            String type = detector.detect(bytes, new Metadata()).getBaseType().toString();
            return ALLOWED.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
