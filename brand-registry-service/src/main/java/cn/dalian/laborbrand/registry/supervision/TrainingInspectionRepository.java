package cn.dalian.laborbrand.registry.supervision;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The training-quality inspections of each brand. */
@Repository
class TrainingInspectionRepository {

    private final JdbcClient jdbc;

    TrainingInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand's inspections, the latest first. */
    List<TrainingInspection> findAll(UUID brandId) {
        return jdbc.sql("SELECT * FROM training_inspection WHERE brand_id = :brandId ORDER BY inspected_on DESC, recorded_at DESC")
                .param("brandId", brandId).query(TrainingInspectionRepository::map).list();
    }

    void insert(TrainingInspection inspection) {
        jdbc.sql("""
                INSERT INTO training_inspection (id, brand_id, inspected_on, place, inspectors, items_checked, findings, rating, follow_up,
                                                 recorded_by, recorded_at)
                VALUES (:id, :brandId, :inspectedOn, :place, :inspectors, :items, :findings, :rating, :followUp, :recordedBy, :recordedAt)
                """)
                .param("id", inspection.id()).param("brandId", inspection.brandId()).param("inspectedOn", Date.valueOf(inspection.inspectedOn()))
                .param("place", inspection.place()).param("inspectors", inspection.inspectors().toArray(String[]::new))
                .param("items", inspection.itemsChecked().toArray(String[]::new)).param("findings", inspection.findings())
                .param("rating", inspection.rating().name()).param("followUp", inspection.followUp())
                .param("recordedBy", inspection.recordedBy()).param("recordedAt", Timestamp.from(inspection.recordedAt()))
                .update();
    }

    private static TrainingInspection map(ResultSet row, int rowNumber) throws SQLException {
        return new TrainingInspection(row.getObject("id", UUID.class), row.getObject("brand_id", UUID.class),
                row.getDate("inspected_on").toLocalDate(), row.getString("place"), texts(row.getArray("inspectors")),
                texts(row.getArray("items_checked")), row.getString("findings"), InspectionRating.valueOf(row.getString("rating")),
                row.getString("follow_up"), row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant());
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
