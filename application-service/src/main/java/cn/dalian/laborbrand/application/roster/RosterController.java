package cn.dalian.laborbrand.application.roster;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.dalian.laborbrand.application.intake.Application;
import cn.dalian.laborbrand.application.evidence.MediaTypes;
import cn.dalian.laborbrand.application.intake.Applicant;
import cn.dalian.laborbrand.application.intake.ApplicationScope;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.validation.PlainName;

/**
 * An application's worker roster: the template, the import (the file as the request body, streamed), the counts, the
 * refused rows, the workers masked, one worker disclosed to staff with a reason (recorded), and the workers other
 * applications count too. Read like the application: the unit its own, a district reviewer the district's, the city any.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
@Validated
class RosterController {

    private final RosterService rosters;
    private final ApplicationScope access;

    RosterController(RosterService rosters, ApplicationScope access) {
        this.rosters = rosters;
        this.access = access;
    }

    /** The roster as it stands: the current import's counts, or none yet, and the employers listed for organised output. */
    record RosterView(RosterImport current, List<String> employers) {
    }

    record ImportAnswer(RosterImport imported, int refusalsListed, List<RowRefusal> refusals) {
    }

    record EmployerList(@NotNull @Size(max = 500, message = "用工单位最多登记 500 家") List<@NotBlank(message = "用工单位名称不能为空")
            @PlainName @Size(max = 100, message = "用工单位名称不能超过 100 个字") String> employers) {
    }

    record DisclosureRequest(@NotBlank(message = "请说明查看完整信息的理由") @PlainName @Size(max = 300, message = "理由不能超过 300 个字") String reason) {
    }

    /** The template to fill in, XLSX or CSV. */
    @GetMapping("/roster/template")
    ResponseEntity<StreamingResponseBody> template(@RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv", message = "格式只能是 xlsx 或 csv")
            String format) {
        boolean xlsx = format.equals("xlsx");
        return download("务工人员花名册模板." + format, xlsx, out -> RosterSheets.template(xlsx, out));
    }

    @GetMapping("/applications/{id}/roster")
    RosterView roster(CurrentUser user, @PathVariable UUID id) {
        Application application = access.readableBy(id, user);
        return new RosterView(rosters.current(application.id()).orElse(null), rosters.employers(application.id()));
    }

    /**
     * Imports the request body (a CSV or XLSX file, recognised by its bytes) as the application's roster, replacing the
     * previous one; answers how many rows were taken and the first refused rows.
     */
    @PostMapping(path = "/applications/{id}/roster", consumes = MediaType.ALL_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    ImportAnswer importRoster(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "花名册") @Size(max = 200,
            message = "文件名不能超过 200 个字") String name, HttpServletRequest request) throws IOException {
        RosterService.Outcome outcome = rosters.importRoster(id, name, request.getInputStream(), new Applicant(user.requireOrgId(), user.username()));
        return new ImportAnswer(outcome.imported(), outcome.refusals().size(), outcome.refusals());
    }

    /** Every refused row of the current import, as a spreadsheet the unit corrects from. */
    @GetMapping("/applications/{id}/roster/refusals")
    ResponseEntity<StreamingResponseBody> refusals(CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv", message = "格式只能是 xlsx 或 csv") String format) {
        Application application = access.readableBy(id, user);
        rosters.current(application.id()).orElseThrow(() -> new PlatformException(RosterProblem.ROSTER_NOT_IMPORTED));
        boolean xlsx = format.equals("xlsx");
        return download("花名册拒收清单." + format, xlsx, out -> RosterSheets.refusals(xlsx, out, each -> rosters.eachRefusal(application.id(), each)));
    }

    /** The workers of the roster, masked, in line order after {@code after}. */
    @GetMapping("/applications/{id}/roster/workers")
    List<RosterService.MaskedWorker> workers(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(defaultValue = "0") @Min(0) int after, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return rosters.workers(access.readableBy(id, user).id(), year, after, limit);
    }

    /** One worker's name, ID number and phone in full, for staff, with a reason; every such read is recorded. */
    @PostMapping("/applications/{id}/roster/workers/{line}/disclosure")
    @PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP')")
    RosterService.DisclosedWorker disclose(CurrentUser user, @PathVariable UUID id, @PathVariable @Min(2) int line,
            @Valid @RequestBody DisclosureRequest request) {
        Application application = access.readableBy(id, user);
        return rosters.disclose(application.id(), line, user.username(), roleOf(user), request.reason().strip());
    }

    /**
     * The workers of this roster that other applications of the campaign or certified brands count too: to staff, which
     * applications and how many each; to the unit, how many only. Never who.
     */
    @GetMapping("/applications/{id}/roster/overlaps")
    SharedWorkers overlaps(CurrentUser user, @PathVariable UUID id) {
        Application application = access.readableBy(id, user);
        SharedWorkers overlaps = rosters.overlaps(application);
        return !user.hasRole(Role.APPLICANT) ? overlaps : new SharedWorkers(overlaps.sharedWorkers(), List.of());
    }

    @PutMapping("/applications/{id}/roster/employers")
    @PreAuthorize("hasRole('APPLICANT')")
    List<String> replaceEmployers(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody EmployerList request) {
        return rosters.replaceEmployers(id, new Applicant(user.requireOrgId(), user.username()), request.employers());
    }

    private static String roleOf(CurrentUser user) {
        for (Role role : List.of(Role.DISTRICT_REVIEWER, Role.CITY_REVIEWER, Role.LEADING_GROUP)) {
            if (user.hasRole(role)) {
                return role.name();
            }
        }
        return "STAFF";
    }

    private static ResponseEntity<StreamingResponseBody> download(String fileName, boolean xlsx, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .contentType(MediaType.parseMediaType(xlsx ? MediaTypes.XLSX : RosterSheets.CSV))
                .body(body);
    }
}
