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
        Recipient first = Recipient.of(Set.of(Role.APPLICANT), "applicant-a", Optional.of("912102440580649631"));
        Recipient colleague = Recipient.of(Set.of(Role.APPLICANT), "applicant-a2", Optional.of("912102440580649631"));

        assertThat(first).isEqualTo(colleague).isEqualTo(new Recipient(Recipient.Kind.ORGANISATION, "912102440580649631"));
    }

    @Test
    void staffReadTheirOwnInbox() {
        assertThat(Recipient.of(Set.of(Role.FINANCE_CLERK), "finance-clerk", Optional.empty()))
                .isEqualTo(new Recipient(Recipient.Kind.PERSON, "finance-clerk"));
    }

    @Test
    void anApplicantWithoutOrganisationHasNoInbox() {
        assertThatThrownBy(() -> Recipient.of(Set.of(Role.APPLICANT), "applicant-x", Optional.empty()))
                .isInstanceOf(PlatformException.class);
    }
}
