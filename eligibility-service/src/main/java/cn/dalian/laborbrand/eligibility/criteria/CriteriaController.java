package cn.dalian.laborbrand.eligibility.criteria;

import jakarta.validation.constraints.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** The criteria of a campaign, for units preparing an application and for the people reviewing it. */
@RestController
@RequestMapping("/api/eligibility/campaigns")
class CriteriaController {

    private final CriteriaService campaigns;
    private final CriteriaMapper mapper;

    CriteriaController(CriteriaService campaigns, CriteriaMapper mapper) {
        this.campaigns = campaigns;
        this.mapper = mapper;
    }

    @GetMapping("/{campaign}/criteria")
    @PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public CriteriaView criteria(@PathVariable @Pattern(regexp = "\\d{4}", message = "申报批次应为四位年份，如 2022") String campaign) {
        return campaigns.forCampaign(campaign)
                .map(mapper::toView)
                .orElseThrow(() -> PlatformException.notFound("未找到 " + campaign + " 年度的申报批次。"));
    }
}
