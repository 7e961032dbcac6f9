package cn.dalian.laborbrand.application.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where evidence is kept, from the environment (see application.yml); the limits are {@link EvidenceLimits}, the
 * object store's settings {@link EvidenceS3Properties}.
 *
 * @param store     {@code postgres} (the service's database, the embedded default) or {@code s3} (an S3-compatible
 *                  object store)
 * @param chunkSize the size of the database store's chunks
 */
@ConfigurationProperties("laborbrand.evidence")
public record EvidenceProperties(@DefaultValue("postgres") Store store, @DefaultValue("1MB") DataSize chunkSize) {

    public enum Store {
        POSTGRES, S3
    }
}
