package cn.dalian.laborbrand.registry.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.security.Role;

class BrandScopeTest {

    @Test
    void anApplicantUnitSeesItsOwnBrandsOnly() {
        DataScope scope = BrandScope.of(Set.of(Role.APPLICANT), Optional.of("912102440580649631"), Optional.of("210211"));

        assertThat(scope.orgId()).contains("912102440580649631");
        assertThat(scope.district()).isEmpty();
    }

    @Test
    void aDistrictBureauSeesItsDistrictsBrands() {
        DataScope scope = BrandScope.of(Set.of(Role.DISTRICT_REVIEWER), Optional.empty(), Optional.of("210213"));

        assertThat(scope).isEqualTo(new DataScope(Optional.empty(), Optional.of("210213")));
    }

    @Test
    void cityStaffAndOperatorsSeeEveryBrand() {
        for (Role role : Set.of(Role.CITY_REVIEWER, Role.LEADING_GROUP, Role.OPERATOR)) {
            assertThat(BrandScope.of(Set.of(role), Optional.empty(), Optional.empty()))
                    .isEqualTo(new DataScope(Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void financeStaffHaveNoBrandScope() {
        assertThatThrownBy(() -> BrandScope.of(Set.of(Role.FINANCE_CLERK), Optional.empty(), Optional.empty()))
                .isInstanceOf(PlatformException.class);
    }

    @Test
    void anApplicantWithoutOrganisationIsRefusedRatherThanShownEverything() {
        assertThatThrownBy(() -> BrandScope.of(Set.of(Role.APPLICANT), Optional.empty(), Optional.of("210211")))
                .isInstanceOf(PlatformException.class);
    }
}
