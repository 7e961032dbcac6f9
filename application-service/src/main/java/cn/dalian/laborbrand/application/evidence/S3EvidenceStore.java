package cn.dalian.laborbrand.application.evidence;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Evidence in an S3-compatible object store (AWS S3, MinIO, Ceph …), each object under its key in one bucket. A
 * stream of unknown length is read a part at a time (by default 8 MB, at least S3's 5 MB): one part is a plain PUT,
 * more become a multipart upload, aborted when the stream or the store fails. One part's buffer is all it holds.
 */
public final class S3EvidenceStore implements EvidenceStore {

    /** The smallest part S3 takes, but for the last one. */
    static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    public S3EvidenceStore(S3Client s3, String bucket, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 parts are at least 5 MB, not " + partSize + " bytes");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    @Override
    public long put(UUID key, InputStream content) throws IOException {
        byte[] buffer = new byte[partSize];
        int first = content.readNBytes(buffer, 0, partSize);
        if (first < partSize) {
            s3.putObject(request -> request.bucket(bucket).key(key.toString()).contentLength((long) first), body(buffer, first));
            return first;
        }
        int read = first;
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key.toString())).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            while (read > 0) {
                int number = parts.size() + 1;
                int length = read;
                String eTag = s3.uploadPart(request -> request.bucket(bucket).key(key.toString()).uploadId(uploadId).partNumber(number)
                        .contentLength((long) length), body(buffer, length)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
                size += length;
                read = length < partSize ? 0 : content.readNBytes(buffer, 0, partSize);
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(key.toString()).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
            return size;
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(request -> request.bucket(bucket).key(key.toString()).uploadId(uploadId));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @Override
    public InputStream open(UUID key) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key.toString()));
        } catch (NoSuchKeyException e) {
            throw (FileNotFoundException) new FileNotFoundException("no evidence object " + key + " in bucket " + bucket).initCause(e);
        }
    }

    @Override
    public void delete(UUID key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key.toString()));
    }

    /** The buffer's first bytes as a body the SDK may read twice (to sign it, then to send it) without copying them. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }
}
