package cn.dalian.laborbrand.application.organisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.vocabulary.UnitType;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;

/**
 * The profiles of the demo realm's two units, so that the embedded run and the tests can apply at once. Written
 * through the repository like any profile (the cipher encrypts them); a profile already there is left as it is. Each
 * demo unit's contacts, as stored, are published at every start, so that notification-service knows them even when
 * the database is older than it (the consumer keeps the highest version, so a repeat changes nothing). Only with demo
 * data on.
 */
@Component
@ConditionalOnBooleanProperty("laborbrand.demo-data")
class DemoProfiles {

    private static final List<OrganisationProfile.Particulars> UNITS = List.of(
            new OrganisationProfile.Particulars("912102440580649631", "大连金港人力资源服务有限公司", UnitType.HR_SERVICE_AGENCY, "210211",
                    "大连市甘井子区华北路 236 号", "王建国", "0411-86651234", "13904111234", "jingang-hr@example.cn",
                    new BankAccount("大连金港人力资源服务有限公司", "中国工商银行大连甘井子支行", "3400200109000123456"),
                    EnumSet.allOf(DeclarationKind.class)),
            new OrganisationProfile.Particulars("912102422418131093", "大连海湾职业培训学校", UnitType.TRAINING_INSTITUTION, "210213",
                    "大连市金州区友谊街道五一路 18 号", "刘海波", "0411-87612345", "13842612345", "haiwan-school@example.cn",
                    new BankAccount("大连海湾职业培训学校", "中国建设银行大连金州支行", "21250170005200012345"),
                    EnumSet.allOf(DeclarationKind.class)));

    private final ProfileRepository profiles;
    private final EventOutbox outbox;
    private final Clock clock;

    DemoProfiles(ProfileRepository profiles, EventOutbox outbox, Clock clock) {
        this.profiles = profiles;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void keepDemoProfiles() {
        for (OrganisationProfile.Particulars unit : UNITS) {
            OrganisationProfile profile = profiles.find(unit.creditCode()).orElseGet(() -> {
                OrganisationProfile seeded = OrganisationProfile.kept(unit.creditCode(), unit, null, "demo-data", clock.instant());
                profiles.save(seeded, null);
                return seeded;
            });
            outbox.publish(profile.contactsChanged());
        }
    }
}
