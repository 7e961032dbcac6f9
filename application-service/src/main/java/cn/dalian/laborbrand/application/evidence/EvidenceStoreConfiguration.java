package cn.dalian.laborbrand.application.evidence;

import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The evidence store the environment chooses ({@code EVIDENCE_STORE}): the database store is a bean of its own
 * ({@link PostgresEvidenceStore}); the S3 store is built here from {@code EVIDENCE_S3_*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EvidenceProperties.class, EvidenceLimits.class, EvidenceS3Properties.class })
class EvidenceStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "laborbrand.evidence.store", havingValue = "s3")
    S3Client evidenceS3Client(EvidenceS3Properties properties) {
        return s3Client(properties);
    }

    @Bean
    @ConditionalOnProperty(name = "laborbrand.evidence.store", havingValue = "s3")
    S3EvidenceStore s3EvidenceStore(S3Client evidenceS3Client, EvidenceS3Properties properties) {
        return new S3EvidenceStore(evidenceS3Client, properties.bucket(), Math.toIntExact(properties.partSize().toBytes()));
    }

    /**
     * A client for the configured store: path-style addresses ({@code endpoint/bucket/key}, which S3-compatible stores
     * expect) and checksums only where S3 requires them (the SDK's default streaming checksums are not understood by
     * every S3-compatible store).
     */
    static S3Client s3Client(EvidenceS3Properties s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(s3.accessKey() == null || s3.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }
}
