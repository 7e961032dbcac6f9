package cn.dalian.laborbrand.review.campaign;

import java.util.Optional;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.ApplicationEvents;
import cn.dalian.laborbrand.contracts.application.CampaignPublished;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.starter.events.EventInbox;

/** The campaigns' terms, kept as application-service publishes them. */
@Service
public class CampaignTermsService {

    private final CampaignTermsRepository campaigns;
    private final EventInbox inbox;

    CampaignTermsService(CampaignTermsRepository campaigns, EventInbox inbox) {
        this.campaigns = campaigns;
        this.inbox = inbox;
    }

    /**
     * The terms of a campaign. A campaign this service has not heard of is refused, never guessed: a notice must not
     * run for a length nobody decided.
     */
    @Transactional(readOnly = true)
    public CampaignTerms of(String code) {
        return campaigns.find(code).orElseThrow(() -> new PlatformException(ProblemCode.SERVICE_UNAVAILABLE,
                "申报批次 " + code + " 的公示期等信息尚未同步到评审服务，请稍后重试；如持续出现，请联系运维人员。"));
    }

    /** The terms of a campaign, if this service has heard of it. */
    @Transactional(readOnly = true)
    public Optional<CampaignTerms> find(String code) {
        return campaigns.find(code);
    }

    @KafkaListener(topics = ApplicationEvents.CAMPAIGN_PUBLISHED_TOPIC)
    void onPublished(String message) {
        inbox.receive(message, ApplicationEvents.CAMPAIGN_PUBLISHED, event -> keep(event.payload()));
    }

    private void keep(CampaignPublished published) {
        campaigns.keep(new CampaignTerms(published.code(), published.title(), published.applicationDeadline(), published.forwardingDeadline(),
                published.noticeWorkingDays(), published.version()));
    }
}
