package cn.dalian.laborbrand.application.district;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DistrictRepository {

    private final JdbcClient jdbc;

    DistrictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<District> findAll() {
        return jdbc.sql("SELECT * FROM district ORDER BY sort_order, code").query(DistrictRepository::district).list();
    }

    Optional<District> find(String code) {
        return jdbc.sql("SELECT * FROM district WHERE code = :code").param("code", code).query(DistrictRepository::district).optional();
    }

    /** Stores the change if the version edited is the one stored; answers whether it was. */
    boolean update(District changed, int editedVersion, String operator, Instant now) {
        return jdbc.sql("""
                UPDATE district SET name = :name, short_name = :shortName, accepting_applications = :accepting,
                       version = version + 1, updated_by = :operator, updated_at = :now
                WHERE code = :code AND version = :version""")
                .param("name", changed.name())
                .param("shortName", changed.shortName())
                .param("accepting", changed.acceptingApplications())
                .param("operator", operator)
                .param("now", java.sql.Timestamp.from(now))
                .param("code", changed.code())
                .param("version", editedVersion)
                .update() == 1;
    }

    private static District district(ResultSet row, int n) throws SQLException {
        return new District(row.getString("code"), row.getString("name"), row.getString("short_name"),
                District.Kind.valueOf(row.getString("kind")), row.getBoolean("accepting_applications"), row.getInt("sort_order"),
                row.getInt("version"));
    }
}
