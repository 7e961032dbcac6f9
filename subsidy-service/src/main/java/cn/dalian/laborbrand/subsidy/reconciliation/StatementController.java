package cn.dalian.laborbrand.subsidy.reconciliation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * The bank's daily statements (对账单): finance staff import each day's file and read what it matched. The file is the
 * request body itself, as every upload of the platform (no form, no multipart).
 */
@RestController
@RequestMapping("/api/subsidies/statements")
class StatementController {

    private final ReconciliationService reconciliation;
    private final StatementMapper mapper;

    StatementController(ReconciliationService reconciliation, StatementMapper mapper) {
        this.reconciliation = reconciliation;
        this.mapper = mapper;
    }

    /**
     * Imports the body (the CSV as the payment system exports it) and reconciles it: 201 with the results (and
     * {@code replaced}, the day's earlier import, when the day had one: this one replaces it); 200 with
     * {@code duplicate: true} and the earlier import when this very file was imported before (nothing changes, even when
     * that import was superseded since).
     *
     * @param name          the file's name on the person's machine
     * @param statementDate the statement's day, required when it lists no payment
     */
    @PostMapping(consumes = MediaType.ALL_VALUE)
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public ResponseEntity<StatementViews.StatementImportAnswer> importStatement(
            @RequestParam(required = false) @Size(max = 500, message = "文件名不能超过 500 个字") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statementDate, HttpServletRequest request,
            CurrentUser user) throws IOException {
        refuseForms(request.getContentType());
        // one byte beyond the limit is enough to know the file is too large
        byte[] content = request.getInputStream().readNBytes(StatementFormat.MAX_BYTES + 1);
        ReconciliationService.Outcome outcome = reconciliation.importStatement(content, name, Optional.ofNullable(statementDate), user.username());
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new StatementViews.StatementImportAnswer(outcome.duplicate(), detail(outcome),
                        outcome.replaced() == null ? null : mapper.toReplaced(outcome.replaced())));
    }

    /**
     * The imports, the latest day first and within a day the latest import first.
     *
     * @param current true: only each day's current import; otherwise the superseded ones too
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public Page<StatementViews.StatementSummary> list(@RequestParam(defaultValue = "false") boolean current, @Valid @ParameterObject PageQuery page) {
        return reconciliation.list(current, page).mapAll(mapper::toSummaries);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_APPROVER')")
    public StatementViews.StatementDetail get(@PathVariable UUID id) {
        return detail(reconciliation.get(id));
    }

    private StatementViews.StatementDetail detail(ReconciliationService.Outcome outcome) {
        return mapper.toDetail(outcome.imported(), outcome.currentId(), outcome.entries().stream().sorted(StatementEntry.MISMATCHES_FIRST).toList());
    }

    /** A form would reach here as its envelope, and read as a statement with a wrong header: say what to send instead. */
    private static void refuseForms(String contentType) {
        if (contentType != null && (contentType.startsWith("multipart/") || contentType.startsWith("application/x-www-form-urlencoded"))) {
            throw new PlatformException(ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                    "请直接以对账单文件内容作为请求体上传（Content-Type: text/csv 或 application/octet-stream），不支持表单或 multipart 上传。");
        }
    }
}
