package cn.dalian.laborbrand.application.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The S3-compatible object store of {@code EVIDENCE_STORE=s3}.
 *
 * @param endpoint  the store's URL ({@code http://127.0.0.1:9000} for MinIO); empty for AWS itself
 * @param bucket    the bucket, which must exist
 * @param accessKey with the secret key; both empty to use the SDK's default credentials (instance or pod role …)
 * @param partSize  the part size of multipart uploads, at least 5 MB
 */
@ConfigurationProperties("laborbrand.evidence.s3")
public record EvidenceS3Properties(String endpoint, @DefaultValue("laborbrand-evidence") String bucket,
        @DefaultValue("us-east-1") String region, String accessKey, String secretKey, @DefaultValue("8MB") DataSize partSize) {
}
