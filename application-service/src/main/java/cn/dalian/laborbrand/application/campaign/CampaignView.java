package cn.dalian.laborbrand.application.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as people read it.
 *
 * @param open         whether units may submit today
 * @param closedReason why not, naming the window; absent while open
 */
public record CampaignView(String code, String title, String noticeReference, List<Integer> declaredYears, LocalDate opensOn,
        LocalDate applicationDeadline, LocalDate forwardingDeadline, int noticeWorkingDays, int version, boolean open,
        String closedReason) {

    static CampaignView of(Campaign campaign, LocalDate today) {
        return new CampaignView(campaign.code(), campaign.title(), campaign.noticeReference(), campaign.declaredYears(), campaign.opensOn(),
                campaign.applicationDeadline(), campaign.forwardingDeadline(), campaign.noticeWorkingDays(), campaign.version(),
                campaign.acceptsApplicationsOn(today), campaign.windowClosedReasonOn(today).orElse(null));
    }
}
