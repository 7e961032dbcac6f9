package cn.dalian.laborbrand.review.inspection;

import java.util.Objects;
import java.util.UUID;

/**
 * A photo or document of the inspection: the bytes are in application-service's evidence storage (the application's
 * inspection files); the record keeps which file and its name.
 */
public record Attachment(UUID fileId, String name) {

    public Attachment {
        Objects.requireNonNull(fileId);
        Objects.requireNonNull(name);
    }
}
