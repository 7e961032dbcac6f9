package cn.dalian.laborbrand.application.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;

/** Applications in the service's own database; every read is scoped by organisation. */
@Repository
class ApplicationRepository {

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application application) {
        jdbc.sql("""
                INSERT INTO application (id, campaign, org_id, district, brand_name, unit_type, requested_levels, status,
                                         created_by, created_at, updated_at, version)
                VALUES (:id, :campaign, :orgId, :district, :brandName, :unitType, :levels, :status,
                        :createdBy, :createdAt, :updatedAt, :version)
                """)
                .param("id", application.id())
                .param("campaign", application.campaign())
                .param("orgId", application.orgId())
                .param("district", application.district())
                .param("brandName", application.brandName())
                .param("unitType", application.unitType().name())
                .param("levels", application.requestedLevels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("status", application.status().name())
                .param("createdBy", application.createdBy())
                .param("createdAt", Timestamp.from(application.createdAt()))
                .param("updatedAt", Timestamp.from(application.updatedAt()))
                .param("version", application.version())
                .update();
    }

    Optional<Application> findOfOrganisation(UUID id, String orgId) {
        return jdbc.sql("SELECT * FROM application WHERE id = :id AND org_id = :orgId")
                .param("id", id)
                .param("orgId", orgId)
                .query(ApplicationRepository::map)
                .optional();
    }

    List<Application> findAllOfOrganisation(String orgId) {
        return jdbc.sql("SELECT * FROM application WHERE org_id = :orgId ORDER BY created_at DESC")
                .param("orgId", orgId)
                .query(ApplicationRepository::map)
                .list();
    }

    private static Application map(ResultSet row, int rowNumber) throws SQLException {
        EnumSet<BrandLevel> levels = EnumSet.noneOf(BrandLevel.class);
        Arrays.stream(row.getString("requested_levels").split(",")).map(BrandLevel::valueOf).forEach(levels::add);
        return new Application(row.getObject("id", UUID.class), row.getString("campaign"), row.getString("org_id"),
                row.getString("district"), row.getString("brand_name"), UnitType.valueOf(row.getString("unit_type")),
                levels, ApplicationStatus.valueOf(row.getString("status")), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getInt("version"));
    }
}
