package cn.dalian.laborbrand.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;

class RecipientTest {

    @Test
    void everyAccountOfAnApplicantUnitSharesTheUnitsInbox() {
        var first = Recipient.of(Set.of(Role.APPLICANT), "applicant-a", Optional.of("912102440580649631"), Optional.of("210211"));
        var colleague = Recipient.of(Set.of(Role.APPLICANT), "applicant-a2", Optional.of("912102440580649631"), Optional.of("210211"));

        assertThat(first).isEqualTo(colleague).containsExactly(Recipient.organisation("912102440580649631"));
    }

    @Test
    void staffReadTheirOwnInboxAndTheirRoles() {
        assertThat(Recipient.of(Set.of(Role.FINANCE_CLERK), "finance-clerk", Optional.empty(), Optional.empty()))
                .containsExactly(new Recipient(Recipient.Kind.PERSON, "finance-clerk"), Recipient.role(Role.FINANCE_CLERK));
    }

    @Test
    void aDistrictReviewerAlsoReadsTheDistrictBureausInbox() {
        assertThat(Recipient.of(Set.of(Role.DISTRICT_REVIEWER), "reviewer-ganjingzi", Optional.empty(), Optional.of("210211")))
                .contains(Recipient.district("210211"))
                .doesNotContain(Recipient.district("210213"));
    }

    @Test
    void anApplicantWithoutOrganisationHasNoInbox() {
        assertThatThrownBy(() -> Recipient.of(Set.of(Role.APPLICANT), "applicant-x", Optional.empty(), Optional.empty()))
                .isInstanceOf(PlatformException.class);
    }
}
