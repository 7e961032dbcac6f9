package cn.dalian.laborbrand.review.publicity;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.validation.PlainName;
import cn.dalian.laborbrand.review.casework.Reviewer;

/**
 * The public notice (公示): anyone reads the notices running today; a district bureau publishes one for the brands it
 * selected; operators keep who signs each district's notices, and may close ended notices now.
 */
@RestController
class PublicNoticeController {

    private final PublicityService publicity;
    private final NoticeMapper mapper;

    PublicNoticeController(PublicityService publicity, NoticeMapper mapper) {
        this.publicity = publicity;
        this.mapper = mapper;
    }

    /** @param startsOn the notice's first day: today or a later working day; as soon as possible when absent */
    record StartRequest(LocalDate startsOn) {
    }

    /**
     * @param caseIds  the district's selected cases, in the order the list shows them
     * @param startsOn the notice's first day: today or a later working day; as soon as possible when absent
     */
    record PublishRequest(
            @NotEmpty(message = "请选择要公示的申报")
            @Size(max = PublicityService.MAX_BRANDS, message = "一份公示最多列出 " + PublicityService.MAX_BRANDS + " 个劳务品牌")
            List<@NotNull(message = "申报编号不能为空") UUID> caseIds,
            LocalDate startsOn) {
    }

    /** A district's notice issuer as an operator writes it. */
    record IssuerRequest(
            @NotBlank(message = "请填写公示标题中的地区名称") @Size(max = 50, message = "地区名称不能超过 50 个字") @PlainName String place,
            @NotBlank(message = "请填写公示的发布机关") @Size(max = 100, message = "发布机关名称不能超过 100 个字") @PlainName String bureau) {
    }

    @GetMapping("/api/public/notices")
    public Page<PublicNoticeView> openNotices(@Valid @ParameterObject PageQuery page) {
        return publicity.openNotices(page).map(mapper::toPublic);
    }

    @GetMapping("/api/public/notices/{id}")
    public PublicNoticeView openNotice(@PathVariable UUID id) {
        return mapper.toPublic(publicity.openNotice(id));
    }

    /** One notice for several selected cases of the caller's district. */
    @PostMapping("/api/reviews/notices")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public ResponseEntity<PublicNotice> publish(CurrentUser user, @Valid @RequestBody PublishRequest request) {
        PublicNotice notice = publicity.publish(request.caseIds(), Reviewer.of(user), request.startsOn());
        return ResponseEntity.created(URI.create("/api/public/notices/" + notice.id())).body(notice);
    }

    /** The notice of one case. */
    @PostMapping("/api/reviews/cases/{id}/publicity")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    public PublicNotice start(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) StartRequest request) {
        return publicity.publish(List.of(id), Reviewer.of(user), request == null ? null : request.startsOn());
    }

    /** The notice listing one case, for the reviewers who follow it. */
    @GetMapping("/api/reviews/cases/{id}/publicity")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public PublicNotice noticeOfCase(CurrentUser user, @PathVariable UUID id) {
        return publicity.noticeOf(id, Reviewer.of(user));
    }

    /** What the scheduled check does, at once: after an outage, or to verify a notice's end. */
    @PostMapping("/api/reviews/publicity/closing")
    @PreAuthorize("hasRole('OPERATOR')")
    public Map<String, Integer> closeEndedNotices() {
        return Map.of("closed", publicity.closeEndedNotices());
    }

    /** Who signs each district's notices: a handful of rows, not paged. */
    @GetMapping("/api/reviews/notice-issuers")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')")
    public List<NoticeIssuer> issuers() {
        return publicity.issuers();
    }

    @PutMapping("/api/reviews/notice-issuers/{district}")
    @PreAuthorize("hasRole('OPERATOR')")
    public NoticeIssuer saveIssuer(CurrentUser user,
            @PathVariable @Pattern(regexp = "[0-9A-Z]{1,16}", message = "地区代码应为 1–16 位数字或大写字母") String district,
            @Valid @RequestBody IssuerRequest request) {
        return publicity.saveIssuer(new NoticeIssuer(district, request.place().strip(), request.bureau().strip()), user.username());
    }
}
