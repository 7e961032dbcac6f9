package cn.dalian.laborbrand.review.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;

/** Review cases in the service's own database; reads always go through a {@link ReviewerScope}. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReviewCase> findVisible(ReviewerScope scope, java.util.Set<ReviewStage> stages) {
        if (stages.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM review_case
                WHERE (CAST(:district AS varchar) IS NULL OR district = :district) AND stage IN (:stages)
                ORDER BY opened_at
                """)
                .param("district", scope.district().orElse(null))
                .param("stages", stages.stream().map(Enum::name).toList())
                .query(CaseRepository::map)
                .list();
    }

    private static ReviewCase map(ResultSet row, int rowNumber) throws SQLException {
        EnumSet<BrandLevel> levels = EnumSet.noneOf(BrandLevel.class);
        Arrays.stream(row.getString("requested_levels").split(",")).map(BrandLevel::valueOf).forEach(levels::add);
        return new ReviewCase(row.getObject("id", UUID.class), row.getObject("application_id", UUID.class),
                row.getString("campaign"), row.getString("org_id"), row.getString("district"), row.getString("brand_name"),
                levels, ReviewStage.valueOf(row.getString("stage")), row.getTimestamp("opened_at").toInstant(),
                row.getInt("version"));
    }
}
