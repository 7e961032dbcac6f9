package cn.dalian.laborbrand.registry.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.registry.brand.BrandScope;
import cn.dalian.laborbrand.registry.files.FileTransfer;
import cn.dalian.laborbrand.registry.files.StoredFile;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleService.Outcome;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.BrandLifecycleView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.ExitView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.FileView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.ProvincialView;
import cn.dalian.laborbrand.registry.lifecycle.LifecycleViews.RectificationView;
import cn.dalian.laborbrand.registry.rectification.RectificationReason;
import cn.dalian.laborbrand.registry.rectification.RectificationStatus;

/**
 * A brand's dynamic management (动态管理): its lifecycle, rectification orders with the holder's evidence and answer
 * and the reviewer's decision, the leading group's exit decisions and provincial certifications, and the worklists.
 */
@RestController
@Validated
class LifecycleController {

    private static final String ALL_READERS = "hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'OPERATOR')";
    private static final String REVIEWERS = "hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER')";

    private final LifecycleService lifecycle;
    private final FileTransfer transfer;

    LifecycleController(LifecycleService lifecycle, FileTransfer transfer) {
        this.lifecycle = lifecycle;
        this.transfer = transfer;
    }

    @GetMapping("/api/brands/{id}")
    @PreAuthorize(ALL_READERS)
    public BrandLifecycleView brand(@PathVariable UUID id, CurrentUser user) {
        return lifecycle.detail(id, scope(user));
    }

    @GetMapping("/api/brands/{id}/rectifications")
    @PreAuthorize(ALL_READERS)
    public List<RectificationView> rectifications(@PathVariable UUID id, CurrentUser user) {
        return lifecycle.history(id, scope(user));
    }

    /** A district reviewer of the brand's district, or a city reviewer, orders the brand to rectify (限期整改). */
    @PostMapping("/api/brands/{id}/rectifications")
    @PreAuthorize(REVIEWERS)
    @ResponseStatus(HttpStatus.CREATED)
    public RectificationView order(@PathVariable UUID id, @Valid @RequestBody OrderRequest request, CurrentUser user) {
        return lifecycle.order(id, scope(user), request.reasons(), request.explanation(), request.workingDays(), user.username());
    }

    /** The holder uploads a piece of evidence as the raw request body (PDF, JPEG or PNG, sniffed); {@code name} is only a label. */
    @PostMapping("/api/brands/{id}/rectifications/{rectificationId}/evidence")
    @PreAuthorize("hasRole('APPLICANT')")
    public ResponseEntity<FileView> uploadEvidence(@PathVariable UUID id, @PathVariable UUID rectificationId,
            @RequestParam(required = false) @Size(max = 255, message = "文件名不能超过 255 个字符") String name, HttpServletRequest request,
            CurrentUser user) throws IOException {
        transfer.requireRawBody(request);
        FileView file;
        try (InputStream body = request.getInputStream()) {
            file = lifecycle.uploadEvidence(id, rectificationId, scope(user), name, body, request.getContentLengthLong(), user.username());
        }
        return ResponseEntity.created(URI.create("/api/brands/" + id + "/files/" + file.id())).body(file);
    }

    @PostMapping("/api/brands/{id}/rectifications/{rectificationId}/answer")
    @PreAuthorize("hasRole('APPLICANT')")
    public RectificationView answer(@PathVariable UUID id, @PathVariable UUID rectificationId, @Valid @RequestBody AnswerRequest request,
            CurrentUser user) {
        return lifecycle.answer(id, rectificationId, scope(user), request.text(), request.evidenceFileIds(), user.username());
    }

    @PostMapping("/api/brands/{id}/rectifications/{rectificationId}/decision")
    @PreAuthorize(REVIEWERS)
    public RectificationView decide(@PathVariable UUID id, @PathVariable UUID rectificationId, @Valid @RequestBody DecisionRequest request,
            CurrentUser user) {
        return lifecycle.decide(id, rectificationId, scope(user), request.outcome(), request.note(), request.workingDays(), user.username());
    }

    /** A rectification's evidence or the provincial decision document, for whoever may read the brand. */
    @GetMapping("/api/brands/{id}/files/{fileId}")
    @PreAuthorize(ALL_READERS)
    public ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, CurrentUser user) {
        Map.Entry<StoredFile, byte[]> file = lifecycle.file(id, fileId, scope(user));
        return transfer.download(file.getKey(), file.getValue());
    }

    /** The leading group decides a proposed exit (退出), by its decision's reference and date. */
    @PostMapping("/api/brands/{id}/exit")
    @PreAuthorize("hasRole('LEADING_GROUP')")
    public ExitView exit(@PathVariable UUID id, @Valid @RequestBody ExitRequest request, CurrentUser user) {
        return lifecycle.exit(id, new ExitDecision(request.decisionReference(), request.decidedOn()), user.username());
    }

    /** The province's decision document (PDF, JPEG or PNG) as the raw request body, before the certification is recorded. */
    @PostMapping("/api/brands/{id}/provincial-certification/document")
    @PreAuthorize("hasRole('LEADING_GROUP')")
    public ResponseEntity<FileView> uploadProvincialDocument(@PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 255, message = "文件名不能超过 255 个字符") String name, HttpServletRequest request,
            CurrentUser user) throws IOException {
        transfer.requireRawBody(request);
        FileView file;
        try (InputStream body = request.getInputStream()) {
            file = lifecycle.uploadProvincialDocument(id, name, body, request.getContentLengthLong(), user.username());
        }
        return ResponseEntity.created(URI.create("/api/brands/" + id + "/files/" + file.id())).body(file);
    }

    @PostMapping("/api/brands/{id}/provincial-certification")
    @PreAuthorize("hasRole('LEADING_GROUP')")
    @ResponseStatus(HttpStatus.CREATED)
    public ProvincialView recordProvincial(@PathVariable UUID id, @Valid @RequestBody ProvincialRequest request, CurrentUser user) {
        return lifecycle.recordProvincial(id, request.decisionReference(), request.decidedOn(), request.documentFileId(), user.username());
    }

    /** The reviewers' worklist (整改督办): running rectifications, nearest deadline first; a district reviewer's own district. */
    @GetMapping("/api/brands/rectifications")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    public Page<RectificationView> worklist(@RequestParam Optional<RectificationStatus> status,
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "区县代码应为 6 位数字。") String district,
            @Valid @ParameterObject PageQuery page, CurrentUser user) {
        return lifecycle.worklist(status, Optional.ofNullable(district), scope(user), page);
    }

    /** The exits proposed and not decided yet (退出审定). */
    @GetMapping("/api/brands/exit-proposals")
    @PreAuthorize("hasAnyRole('LEADING_GROUP', 'CITY_REVIEWER')")
    public Page<ExitView> exitProposals() {
        List<ExitView> proposals = lifecycle.exitProposals();
        return new Page<>(proposals, null, (long) proposals.size());
    }

    private static DataScope scope(CurrentUser user) {
        return BrandScope.of(user.roles(), user.orgId(), user.district());
    }

    /** @param workingDays the period in working days, counted from the day after the order */
    record OrderRequest(@NotEmpty(message = "请至少选择一项整改原因。") Set<@NotNull(message = "整改原因不能为空。") RectificationReason> reasons,
            @NotBlank(message = "请写明责令整改的具体情况说明。") @Size(max = 2000, message = "情况说明不能超过 2000 字。") String explanation,
            @NotNull(message = "请填写整改期限（工作日数）。") @Min(value = 1, message = "整改期限至少 1 个工作日。")
            @Max(value = 120, message = "整改期限不能超过 120 个工作日。") Integer workingDays) {
    }

    record AnswerRequest(@NotBlank(message = "请填写整改情况说明。") @Size(max = 4000, message = "整改情况说明不能超过 4000 字。") String text,
            @NotEmpty(message = "请至少上传一份整改佐证材料。") @Size(max = 20, message = "佐证材料不能超过 20 份。")
            List<@NotNull(message = "佐证材料编号不能为空。") UUID> evidenceFileIds) {
    }

    /** @param note the reason of a rejection or extension (required then), a remark on an acceptance; workingDays only for EXTEND */
    record DecisionRequest(@NotNull(message = "请选择审核结果（通过、不通过或延期）。") Outcome outcome,
            @Size(max = 2000, message = "审核意见不能超过 2000 字。") String note,
            @Min(value = 1, message = "延期至少 1 个工作日。") @Max(value = 120, message = "延期不能超过 120 个工作日。") Integer workingDays) {
    }

    /** Without the decision's reference and date the lifecycle refuses the exit with its own problem. */
    record ExitRequest(@Size(max = 100, message = "决定文号不能超过 100 个字符。") String decisionReference,
            @PastOrPresent(message = "决定日期不能晚于今天。") LocalDate decidedOn) {
    }

    record ProvincialRequest(@Size(max = 100, message = "决定文号不能超过 100 个字符。") String decisionReference,
            @PastOrPresent(message = "认定日期不能晚于今天。") LocalDate decidedOn, UUID documentFileId) {
    }
}
