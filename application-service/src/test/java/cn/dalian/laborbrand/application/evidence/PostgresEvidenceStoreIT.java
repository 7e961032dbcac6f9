package cn.dalian.laborbrand.application.evidence;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** The embedded default store, in the service's real PostgreSQL: chunks of 1 MB, written and read one at a time. */
@PlatformIntegrationTest
class PostgresEvidenceStoreIT implements EvidenceStoreContract {

    @Autowired
    EvidenceStore store;

    @Autowired
    JdbcClient jdbc;

    @Override
    public EvidenceStore store() {
        return store;
    }

    @Override
    public long spanningSize() {
        return 1024 * 1024;
    }

    @Override
    public long leftoversOf(UUID key) {
        return jdbc.sql("SELECT (SELECT count(*) FROM evidence_chunk WHERE object_key = :key) + (SELECT count(*) FROM evidence_object WHERE key = :key)")
                .param("key", key).query(Long.class).single();
    }
}
