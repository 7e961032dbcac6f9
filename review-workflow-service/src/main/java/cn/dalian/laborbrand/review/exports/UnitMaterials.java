package cn.dalian.laborbrand.review.exports;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import cn.dalian.laborbrand.review.inspection.Attachment;

/**
 * The files of an application as application-service keeps them and lets the exporter read them: the materials the unit
 * handed in, and the district bureau's photos and documents of its on-site inspection.
 */
interface UnitMaterials {

    /**
     * The application's checklist: each kind of material in the notice's order, with the files handed in.
     *
     * @throws Unavailable when it cannot be read
     */
    List<Kind> checklist(UUID applicationId);

    /**
     * Writes a file's bytes into {@code target} (replacing what is there) and answers the name it downloads under.
     *
     * @throws Unavailable when it cannot be read whole
     */
    String download(UUID applicationId, File file, Path target);

    /**
     * Writes an inspection file the record names into {@code target} (replacing what is there) and answers the name it
     * downloads under.
     *
     * @throws Unavailable when it cannot be read whole
     */
    String downloadInspectionFile(UUID applicationId, Attachment attachment, Path target);

    /**
     * @param missing mandatory for this application and no file handed in
     */
    record Kind(String kind, String label, boolean mandatory, boolean missing, List<File> files) {

        public Kind {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    record File(UUID id, String label, String contentType, long sizeBytes) {
    }

    /** A material that could not be read, with the reason a reviewer reads in the package's missing list. */
    final class Unavailable extends RuntimeException {

        Unavailable(String reason) {
            super(reason);
        }

        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
