package cn.dalian.laborbrand.application.intake;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.dalian.laborbrand.application.evidence.EvidenceService;
import cn.dalian.laborbrand.application.evidence.Materials;
import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.events.EventDefinition;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.test.OutboxContract;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;

/** Submitting an application publishes ApplicationSubmitted through the outbox. */
@PlatformIntegrationTest
class ApplicationEventsIT implements OutboxContract {

    private static final Applicant JINGANG = new Applicant("912102440580649631", "applicant-a");

    @Autowired
    IntakeService intake;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EvidenceService evidence;

    @Override
    public EventDefinition<?> publishedEvent() {
        return ApplicationEvents.SUBMITTED;
    }

    @Override
    public String changeStateAndCommit() {
        return submitted().id().toString();
    }

    @Override
    public void changeStateThenRollBack() {
        transaction.executeWithoutResult(status -> {
            submitted();
            throw new IllegalStateException("the database connection broke after the submission was written");
        });
    }

    private Application submitted() {
        var content = new Application.Content("大连甘井子金港家政服务师劳务品牌", null, "金港家政服务师品牌创建于2015年，面向城乡劳动者开展母婴护理培训。",
                Set.of(BrandLevel.DISTRICT), List.of(year(2021), year(2022)),
                new LabourPractice(new BigDecimal("100"), new BigDecimal("100"), true, 1, false));
        Application draft = intake.openDraft(JINGANG, content);
        Materials.provideMandatory(evidence, JINGANG, draft.id());
        return intake.submit(draft.id(), JINGANG);
    }

    private static YearFigures year(int year) {
        return new YearFigures(year, 620, new BigDecimal("85.00"), 540, new BigDecimal("58.00"), 0, 0);
    }
}
