package cn.dalian.laborbrand.eligibility.criteria;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.contracts.application.CampaignPublished;

/**
 * The criteria of each campaign, for the people preparing and reviewing applications and for the assessment. The
 * thresholds are this service's own; the campaign's title and years are application-service's, as last published.
 */
@Service
public class CriteriaService {

    private static final Logger log = LoggerFactory.getLogger(CriteriaService.class);

    private final CriteriaRepository campaigns;

    CriteriaService(CriteriaRepository campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * The campaign with its thresholds; empty when the campaign is unknown or has no thresholds at all, so that
     * nothing is ever assessed against no bar.
     */
    @Transactional(readOnly = true)
    public Optional<CampaignCriteria> forCampaign(String campaign) {
        return campaigns.findByCampaign(campaign).filter(criteria -> !criteria.thresholds().isEmpty());
    }

    /** Keeps what a CampaignPublished says, unless a version as new or newer is kept already. */
    @Transactional
    void keep(CampaignPublished published) {
        if (!campaigns.keepPublished(published)) {
            log.info("CampaignPublished {} v{} is not newer than the version kept; it changes nothing", published.code(),
                    published.version());
        }
    }
}
