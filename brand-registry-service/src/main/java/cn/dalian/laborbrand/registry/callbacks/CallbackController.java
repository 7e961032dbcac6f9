package cn.dalian.laborbrand.registry.callbacks;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.security.DataScope;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;
import cn.dalian.laborbrand.platform.validation.PlainName;
import cn.dalian.laborbrand.registry.brand.BrandScope;

/**
 * The quarterly call-backs of a brand: district reviewers of the brand's district draw, call, reveal and record; the
 * city's reviewers read every district's.
 */
@RestController
@RequestMapping("/api/brands/{id}/callbacks")
@PreAuthorize("hasAnyRole('DISTRICT_REVIEWER', 'CITY_REVIEWER')")
class CallbackController {

    private final CallbackService callbacks;
    private final CallbackMapper mapper;

    CallbackController(CallbackService callbacks, CallbackMapper mapper) {
        this.callbacks = callbacks;
        this.mapper = mapper;
    }

    /** @param reason why the number is needed (e.g. 第四季度电话回访), recorded here and by application-service */
    record RevealRequest(@NotBlank(message = "请说明查看完整号码的理由。") @PlainName(message = "理由须为一行文字。")
            @Size(max = 300, message = "理由不能超过 300 个字。") String reason) {
    }

    /**
     * @param employment whether a reached worker confirmed their employment; none when unreachable
     * @param complaint  whether a reached worker complained about the brand; none is no
     */
    record OutcomeRequest(@NotNull(message = "请选择是否接通。") CallOutcome.Reach reach, CallOutcome.Employment employment, Boolean complaint,
            @Size(max = 1000, message = "备注不能超过 1000 个字。") String note) {
    }

    @GetMapping
    List<CallbackViews.QuarterSummary> summaries(@PathVariable UUID id, CurrentUser user) {
        return mapper.toSummaries(callbacks.samples(id, scopeOf(user)));
    }

    /** Draws the quarter's sample: 201 the first time, 200 with the sample as it stands after that. */
    @PostMapping("/{quarter}")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    ResponseEntity<CallbackViews.CallList> draw(@PathVariable UUID id, @PathVariable String quarter, CurrentUser user) {
        CallbackService.Drawn drawn = callbacks.draw(id, quarter, scopeOf(user), user.username());
        return ResponseEntity.status(drawn.created() ? HttpStatus.CREATED : HttpStatus.OK).body(mapper.toCallList(drawn.sample()));
    }

    @GetMapping("/{quarter}")
    CallbackViews.CallList callList(@PathVariable UUID id, @PathVariable String quarter, CurrentUser user) {
        return mapper.toCallList(callbacks.sample(id, quarter, scopeOf(user)));
    }

    /** One call's number in full, never cached nor stored. */
    @PostMapping("/{quarter}/calls/{position}/reveal")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    ResponseEntity<CallbackViews.Revealed> reveal(@PathVariable UUID id, @PathVariable String quarter, @PathVariable int position,
            @Valid @RequestBody RevealRequest request, CurrentUser user) {
        RosterWorkers.Disclosure disclosed = callbacks.reveal(id, quarter, position, request.reason().strip(), scopeOf(user), user.username(),
                Role.DISTRICT_REVIEWER.name());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new CallbackViews.Revealed(position, disclosed.name(), disclosed.phone()));
    }

    @PutMapping("/{quarter}/calls/{position}/outcome")
    @PreAuthorize("hasRole('DISTRICT_REVIEWER')")
    CallbackViews.Call recordOutcome(@PathVariable UUID id, @PathVariable String quarter, @PathVariable int position,
            @Valid @RequestBody OutcomeRequest request, CurrentUser user) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return mapper.toView(callbacks.recordOutcome(id, quarter, position, request.reach(), request.employment(), Boolean.TRUE.equals(request.complaint()), note,
                scopeOf(user), user.username()));
    }

    private static DataScope scopeOf(CurrentUser user) {
        return BrandScope.of(user.roles(), user.orgId(), user.district());
    }
}
