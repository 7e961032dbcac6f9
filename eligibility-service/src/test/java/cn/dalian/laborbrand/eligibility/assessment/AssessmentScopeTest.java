package cn.dalian.laborbrand.eligibility.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.security.Role;

/** Who reads which assessments (AssessmentScope). */
class AssessmentScopeTest {

    private static final String JINGANG = "912102440580649631";

    @Test
    void anApplicantUnitReadsItsOwnAssessmentsOnly() {
        DataScope scope = AssessmentScope.of(Set.of(Role.APPLICANT), Optional.of(JINGANG), Optional.of("210211"));

        assertThat(scope.covers(JINGANG, "210211")).isTrue();
        assertThat(scope.covers("912102422418131093", "210211")).isFalse();
    }

    @Test
    void aDistrictBureauReadsItsDistrictsAssessments() {
        DataScope scope = AssessmentScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.empty(), Optional.of("210211"));

        assertThat(scope.covers(JINGANG, "210211")).isTrue();
        assertThat(scope.covers(JINGANG, "210213")).isFalse();
    }

    @Test
    void cityStaffReadEveryAssessment() {
        for (Role role : Set.of(Role.CITY_REVIEWER, Role.LEADING_GROUP)) {
            assertThat(AssessmentScope.of(Set.of(role), Optional.empty(), Optional.empty())).isEqualTo(DataScope.EVERYTHING);
        }
    }

    @Test
    void operatorsAndFinanceStaffReadNoAssessment() {
        for (Role role : Set.of(Role.OPERATOR, Role.FINANCE_CLERK)) {
            assertThatThrownBy(() -> AssessmentScope.of(Set.of(role), Optional.empty(), Optional.empty()))
                    .isInstanceOf(PlatformException.class)
                    .hasMessageContaining("预审结果");
        }
    }

    @Test
    void aReviewerWithoutDistrictIsRefusedRatherThanShownEverything() {
        assertThatThrownBy(() -> AssessmentScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.empty(), Optional.empty()))
                .isInstanceOf(PlatformException.class)
                .hasMessageContaining("district");
    }
}
