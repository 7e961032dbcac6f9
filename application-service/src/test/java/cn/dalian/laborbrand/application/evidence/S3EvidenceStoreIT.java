package cn.dalian.laborbrand.application.evidence;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import cn.dalian.laborbrand.platform.test.FreePorts;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;

/**
 * The object store of deployments, against a real S3 API server: S3Proxy in this JVM with jclouds' filesystem
 * backend, its bucket created here, reached by the client the service builds from {@code EVIDENCE_S3_*}. Parts of 5 MB
 * (the least S3 takes) make a 10 MB stream a multipart upload.
 */
class S3EvidenceStoreIT implements EvidenceStoreContract {

    private static final String BUCKET = "laborbrand-evidence-test";
    private static final String ACCESS_KEY = "evidence-test";
    private static final String SECRET_KEY = "evidence-test-secret-0123456789";

    @TempDir
    static Path files;

    private static S3Proxy proxy;
    private static S3Client client;
    private static S3EvidenceStore store;

    @BeforeAll
    static void startS3() throws Exception {
        Properties backend = new Properties();
        backend.setProperty("jclouds.filesystem.basedir", Files.createDirectories(files.resolve("s3")).toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(backend).build(BlobStoreContext.class);
        int port = FreePorts.any();
        proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(org.gaul.s3proxy.AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(20);
        }
        client = EvidenceStoreConfiguration.s3Client(new EvidenceS3Properties("http://127.0.0.1:" + port, BUCKET, "us-east-1", ACCESS_KEY,
                SECRET_KEY, org.springframework.util.unit.DataSize.ofMegabytes(5)));
        client.createBucket(request -> request.bucket(BUCKET));
        store = new S3EvidenceStore(client, BUCKET, S3EvidenceStore.MIN_PART_SIZE);
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (client != null) {
            client.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
    }

    @Override
    public EvidenceStore store() {
        return store;
    }

    @Override
    public long spanningSize() {
        return S3EvidenceStore.MIN_PART_SIZE;
    }

    /** The object itself, and any multipart upload to it left open. */
    @Override
    public long leftoversOf(UUID key) {
        long objects = client.listObjectsV2(request -> request.bucket(BUCKET).prefix(key.toString())).keyCount();
        ListMultipartUploadsResponse uploads = client.listMultipartUploads(request -> request.bucket(BUCKET).prefix(key.toString()));
        return objects + uploads.uploads().size();
    }
}
