package cn.dalian.laborbrand.review.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.review.casework.ReviewerScope;

/** Whose cases a member of staff exports. */
class ExportScopeTest {

    private static final ReviewerScope GANJINGZI = ReviewerScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.of("210211"));
    private static final ReviewerScope CITY = ReviewerScope.of(Set.of(Role.CITY_REVIEWER), Optional.empty());

    @Test
    void aDistrictBureauExportsItsOwnDistrictWhetherItNamesItOrNot() {
        assertThat(ExportScope.of(GANJINGZI, Optional.empty()).district()).contains("210211");
        assertThat(ExportScope.of(GANJINGZI, Optional.of("210211")).district()).contains("210211");
    }

    @Test
    void aDistrictBureauAskingForAnotherDistrictIsRefusedNotNarrowedSilently() {
        assertThatThrownBy(() -> ExportScope.of(GANJINGZI, Optional.of("210213")))
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(ExportProblem.OTHER_DISTRICT));
    }

    @Test
    void cityStaffExportTheDistrictTheyNameOrEveryDistrict() {
        assertThat(ExportScope.of(CITY, Optional.of("210213")).district()).contains("210213");
        assertThat(ExportScope.of(CITY, Optional.empty()).district()).isEmpty();
    }

    @Test
    void aPackageIsAlwaysOneDistrictsSoCityStaffMustNameIt() {
        assertThat(ExportScope.of(GANJINGZI, Optional.empty()).requireDistrict()).isEqualTo("210211");
        assertThatThrownBy(() -> ExportScope.of(CITY, Optional.empty()).requireDistrict())
                .isInstanceOfSatisfying(PlatformException.class, refused -> assertThat(refused.code()).isEqualTo(ExportProblem.DISTRICT_REQUIRED));
    }
}
