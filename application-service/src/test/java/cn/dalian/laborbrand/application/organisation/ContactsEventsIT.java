package cn.dalian.laborbrand.application.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.OrganisationContactsChanged;
import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.validation.UnifiedSocialCreditCode;

/**
 * Keeping a profile publishes the unit's contacts (OrganisationContactsChanged) through the outbox, with the stored
 * version and the mobile in clear; the demo units' contacts are published at start.
 */
@PlatformIntegrationTest
class ContactsEventsIT implements OutboxContract {

    private static final EventDefinition<OrganisationContactsChanged> CONTACTS = ApplicationEvents.ORGANISATION_CONTACTS_CHANGED;

    @Autowired
    ProfileService profiles;

    @Autowired
    TransactionTemplate transaction;

    @Override
    public EventDefinition<?> publishedEvent() {
        return CONTACTS;
    }

    @Override
    public String changeStateAndCommit() {
        String unit = aUnitWithoutProfile();
        profiles.keep(unit, xinyuan(unit, "13998765432", "xinyuan@example.cn"), null, "applicant-xinyuan");
        return unit;
    }

    @Override
    public void changeStateThenRollBack() {
        String unit = aUnitWithoutProfile();
        transaction.executeWithoutResult(status -> {
            profiles.keep(unit, xinyuan(unit, "13998765432", "xinyuan@example.cn"), null, "applicant-xinyuan");
            throw new IllegalStateException("the database connection broke after the profile was written");
        });
    }

    @Test
    void aChangedProfilePublishesTheContactsWithTheStoredVersionAndTheStoredMobileInClear() {
        // given 新元 kept its profile with its mobile
        String unit = aUnitWithoutProfile();
        profiles.keep(unit, xinyuan(unit, "13998765432", "xinyuan@example.cn"), null, "applicant-xinyuan");

        // when it changes its e-mail, leaving the (masked) mobile empty to keep it
        OrganisationProfile changed = profiles.keep(unit, xinyuan(unit, null, "renshi@xinyuan.example.cn"), 0, "applicant-xinyuan");

        // then the contacts of version 1 are published, the mobile decrypted from the stored one
        OrganisationContactsChanged contacts = publishedContacts(unit, 1);
        assertThat(contacts).isEqualTo(new OrganisationContactsChanged(unit, "大连新元职业技能培训学校", "DLXD01", "马晓东",
                "renshi@xinyuan.example.cn", "13998765432", 1, changed.updatedAt()));
    }

    @Test
    void theDemoUnitsContactsArePublishedAtStart() {
        assertThat(publishedContacts("912102440580649631", 0))
                .extracting(OrganisationContactsChanged::legalName, OrganisationContactsChanged::district,
                        OrganisationContactsChanged::contactName, OrganisationContactsChanged::email, OrganisationContactsChanged::mobile)
                .containsExactly("大连金港人力资源服务有限公司", "210211", "王建国", "jingang-hr@example.cn", "13904111234");
        assertThat(publishedContacts("912102422418131093", 0).mobile()).isEqualTo("13842612345");
    }

    private static OrganisationContactsChanged publishedContacts(String unit, int version) {
        EventCodec codec = new EventCodec();
        var record = KafkaProbe.find(CONTACTS.topic(),
                r -> unit.equals(r.key()) && codec.read(r.value(), CONTACTS).payload().version() == version, DELIVERY);
        assertThat(record).as("contacts of %s, version %d", unit, version).isPresent();
        return codec.read(record.get().value(), CONTACTS).payload();
    }

    private static OrganisationProfile.Particulars xinyuan(String unit, String mobile, String email) {
        return new OrganisationProfile.Particulars(unit, "大连新元职业技能培训学校", UnitType.TRAINING_INSTITUTION, "DLXD01", "大连市金普新区金马路 168 号",
                "马晓东", "0411-39281234", mobile, email,
                new BankAccount("大连新元职业技能培训学校", "大连银行金普新区支行", "800112345678901234"), EnumSet.allOf(DeclarationKind.class));
    }

    /** A fresh credit code of the 金普 area, so that each change has its own Kafka key: the one check character that makes it valid. */
    private static String aUnitWithoutProfile() {
        String first17 = "91210242MA" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000));
        return "0123456789ABCDEFGHJKLMNPQRTUWXY".chars().mapToObj(c -> first17 + (char) c)
                .filter(UnifiedSocialCreditCode::isValid).findFirst().orElseThrow();
    }
}
