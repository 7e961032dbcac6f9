package cn.dalian.laborbrand.application.campaign;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.web.EntityTags;

/** The campaign units apply in, for anyone; all campaigns and their changes, for operators. */
@RestController
@Validated
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** The campaign new applications join today, its window and the years Attachment 1 asks for. */
    @GetMapping("/api/public/campaigns/current")
    CampaignView current() {
        return CampaignView.of(campaigns.current(), campaigns.today());
    }

    @GetMapping("/api/campaigns")
    @PreAuthorize("hasRole('OPERATOR')")
    List<CampaignView> all() {
        return campaigns.all().stream().map(campaign -> CampaignView.of(campaign, campaigns.today())).toList();
    }

    /** Creates the campaign, or changes it when {@code If-Match} names the version edited. */
    @PutMapping("/api/campaigns/{code}")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<CampaignView> keep(@PathVariable @Pattern(regexp = "\\d{4}", message = "批次代码应为 4 位数字，例如 2023") String code,
            @RequestHeader(name = EntityTags.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody CampaignRequest request) {
        Campaign kept = campaigns.keep(request.toCampaign(code), ifMatch == null ? null : EntityTags.versionIn(ifMatch));
        return ResponseEntity.ok().eTag(EntityTags.of(kept.version())).body(CampaignView.of(kept, campaigns.today()));
    }
}
