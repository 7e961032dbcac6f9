package cn.dalian.laborbrand.registry.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The issues of each brand's certificate. */
@Repository
class CertificateIssueRepository {

    private final JdbcClient jdbc;

    CertificateIssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CertificateIssue> findLatest(UUID brandId) {
        return jdbc.sql("SELECT * FROM certificate_issue WHERE brand_id = :brandId ORDER BY edition DESC LIMIT 1")
                .param("brandId", brandId).query(CertificateIssueRepository::map).optional();
    }

    List<CertificateIssue> findAll(UUID brandId) {
        return jdbc.sql("SELECT * FROM certificate_issue WHERE brand_id = :brandId ORDER BY edition")
                .param("brandId", brandId).query(CertificateIssueRepository::map).list();
    }

    /** Keeps an issue; two reissues of the same edition at once collide on the key, and the second is refused. */
    void insert(CertificateIssue issue) {
        jdbc.sql("""
                INSERT INTO certificate_issue (brand_id, edition, certificate_number, reason, issued_by, issued_at)
                VALUES (:brandId, :edition, :number, :reason, :issuedBy, :issuedAt)
                """)
                .param("brandId", issue.brandId()).param("edition", issue.edition()).param("number", issue.certificateNumber())
                .param("reason", issue.reason()).param("issuedBy", issue.issuedBy()).param("issuedAt", Timestamp.from(issue.issuedAt()))
                .update();
    }

    private static CertificateIssue map(ResultSet row, int rowNumber) throws SQLException {
        return new CertificateIssue(row.getObject("brand_id", UUID.class), row.getInt("edition"), row.getString("certificate_number"),
                row.getString("reason"), row.getString("issued_by"), row.getTimestamp("issued_at").toInstant());
    }
}
