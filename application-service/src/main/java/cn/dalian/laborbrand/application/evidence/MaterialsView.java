package cn.dalian.laborbrand.application.evidence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application's materials as its checklist: every kind its campaign asks for, whether it is mandatory for this
 * application and why, what may be uploaded, and the files handed in.
 *
 * @param changeable  whether files may be uploaded and deleted now (a draft, or while a supplement is asked)
 * @param complete    whether every mandatory kind has a file
 * @param outputKinds what the roster says of the output, which makes the output agreements and out-of-province
 *                    proofs mandatory
 */
public record MaterialsView(UUID applicationId, String campaign, boolean changeable, boolean complete, OutputKinds outputKinds,
        List<Material> materials) {

    /**
     * One kind on the checklist.
     *
     * @param mandatory                whether the application cannot be handed in without a file of it
     * @param reason                   why it is mandatory, or when it would be
     * @param allowedTypes             the media types its files may be (sniffed from their bytes)
     * @param allowedFormats           the same for a person: PDF、JPEG、PNG
     * @param maxBytes                 the largest file it takes
     * @param onlyThroughRosterImport  whether its files come only through the roster import (花名册导入)
     * @param missing                  mandatory and no file yet
     */
    public record Material(MaterialKind kind, String label, Requirement requirement, boolean mandatory, String reason,
            List<String> allowedTypes, String allowedFormats, long maxBytes, boolean onlyThroughRosterImport, boolean missing,
            List<FileView> files) {
    }

    /**
     * A file handed in.
     *
     * @param label       the name it is shown and downloaded under
     * @param contentType what its bytes are, as sniffed from them
     * @param sha256      the SHA-256 of its bytes, lower-case hex
     */
    public record FileView(UUID id, String label, String contentType, long sizeBytes, String sha256, Instant uploadedAt,
            String uploadedBy) {
    }
}
