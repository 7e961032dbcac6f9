package cn.dalian.laborbrand.application.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.starter.events.EventOutbox;
import cn.dalian.laborbrand.platform.text.ChineseDates;

/** The campaigns: which one new applications join, and their changes, each published to the other services. */
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final EventOutbox outbox;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, EventOutbox outbox, Clock clock) {
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LocalDate today() {
        return ChineseDates.today(clock);
    }

    /** The campaign new applications join today (see {@link Campaign#currentOn}). */
    @Transactional(readOnly = true)
    public Campaign current() {
        return Campaign.currentOn(campaigns.findAll(), today())
                .orElseThrow(() -> new PlatformException(CampaignProblem.NO_CAMPAIGN));
    }

    @Transactional(readOnly = true)
    public Campaign find(String code) {
        return campaigns.find(code).orElseThrow(() -> PlatformException.notFound("未找到申报批次 " + code + "。"));
    }

    @Transactional(readOnly = true)
    List<Campaign> all() {
        return campaigns.findAll();
    }

    /**
     * Creates a campaign ({@code editedVersion} absent) or changes one (the version edited), and publishes it with the
     * change, in one transaction.
     */
    @Transactional
    Campaign keep(Campaign campaign, Integer editedVersion) {
        if (!campaigns.save(campaign, editedVersion)) {
            throw editedVersion == null ? PlatformException.conflict("申报批次 " + campaign.code() + " 已存在，请修改它而不是重新创建。")
                    : new PlatformException(ProblemCode.PRECONDITION_FAILED, "申报批次已被他人修改，请刷新后再改。");
        }
        publishUnpublished();
        return find(campaign.code());
    }

    /**
     * Publishes every campaign changed since it was last published: those a migration (or demo data) wrote are
     * published at start-up, an operator's change at once.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void publishUnpublished() {
        for (Campaign campaign : campaigns.lockUnpublished()) {
            outbox.publish(ApplicationEvents.CAMPAIGN_PUBLISHED.about(campaign.code(), campaign.asPublished()));
            campaigns.markPublished(campaign);
        }
    }
}
