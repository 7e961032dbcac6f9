package cn.dalian.laborbrand.eligibility.criteria;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The criteria of each campaign, for the people preparing and reviewing applications and for the assessment. */
@Service
public class CriteriaService {

    private final CriteriaRepository campaigns;

    CriteriaService(CriteriaRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional(readOnly = true)
    public Optional<CampaignCriteria> forCampaign(String campaign) {
        return campaigns.findByCampaign(campaign);
    }
}
