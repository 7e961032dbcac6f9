package cn.dalian.laborbrand.review.objection;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.validation.PlainName;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ChallengeView;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ObjectionStatusView;
import cn.dalian.laborbrand.review.objection.ObjectionViews.ReceiptView;

/**
 * Objections from the public, anonymous callers all: a challenge to answer, the objection against a brand on a running
 * notice (real-name, with a contact; a limited number per client address and hour), and the receipt looked up later.
 */
@RestController
class PublicObjectionController {

    private static final Duration HOUR = Duration.ofHours(1);

    private final ObjectionService objections;
    private final ObjectionMapper mapper;
    private final ObjectionProperties properties;
    private final Challenges challenges;
    private final ObjectionRateLimit lodgings;
    private final ObjectionRateLimit lookups;
    private final Clock clock;

    PublicObjectionController(ObjectionService objections, ObjectionMapper mapper, ObjectionProperties properties, Clock clock) {
        this.objections = objections;
        this.mapper = mapper;
        this.properties = properties;
        this.challenges = new Challenges(properties.challengeKey(), properties.challengeValidity(), new SecureRandom());
        this.lodgings = new ObjectionRateLimit(properties.perClientPerHour(), HOUR, properties.maxClients());
        this.lookups = new ObjectionRateLimit(properties.lookupsPerClientPerHour(), HOUR, properties.maxClients());
        this.clock = clock;
    }

    /**
     * @param entryId the brand on the notice's list the objection is against
     * @param contact a mobile number or an e-mail address, to be told the outcome
     */
    record LodgeRequest(
            @NotNull(message = "请选择提出异议的劳务品牌") UUID entryId,
            @NotBlank(message = "请填写真实姓名") @Size(max = 30, message = "姓名不能超过 30 个字") @PlainName(message = "姓名格式不正确") String name,
            @NotBlank(message = "请填写联系方式") @Size(max = 100, message = "联系方式不能超过 100 个字符")
            @Pattern(regexp = Contact.PATTERN, message = "请填写11位手机号码或有效的电子邮箱") String contact,
            @NotBlank(message = "请填写异议内容")
            @Size(min = Objection.MIN_CONTENT, max = Objection.MAX_CONTENT, message = "异议内容应为 20 至 2000 个字，写明具体事实和理由")
            String content,
            @NotBlank(message = "请先获取验证题") @Size(max = 512, message = "验证信息无效") String challengeToken,
            @NotBlank(message = "请回答验证题") @Size(max = 10, message = "请填写数字答案") String challengeAnswer) {
    }

    @GetMapping("/api/public/objections/challenge")
    public ChallengeView challenge() {
        Challenges.Issued issued = challenges.issue(clock.instant());
        return new ChallengeView(issued.question(), issued.token(), issued.expiresAt());
    }

    @PostMapping("/api/public/notices/{noticeId}/objections")
    public ResponseEntity<ReceiptView> lodge(@PathVariable UUID noticeId, @Valid @RequestBody LodgeRequest request,
            HttpServletRequest http, HttpServletResponse response) {
        limit(lodgings, http, response);
        challenges.verify(request.challengeToken(), request.challengeAnswer(), clock.instant());
        ObjectionService.Lodged lodged = objections.lodge(noticeId, request.entryId(),
                new Objection.Objector(request.name().strip(), Contact.parse(request.contact())), request.content());
        Objection objection = lodged.objection();
        return ResponseEntity.created(URI.create("/api/public/objections/" + objection.receiptNumber()))
                .body(new ReceiptView(objection.receiptNumber(), lodged.queryCode(), objection.brandName(), objection.lodgedAt()));
    }

    @GetMapping("/api/public/objections/{receipt}")
    public ObjectionStatusView status(@PathVariable String receipt, @RequestParam String code, HttpServletRequest http,
            HttpServletResponse response) {
        limit(lookups, http, response);
        return mapper.toStatus(objections.byReceipt(receipt, code));
    }

    /** Refuses a client address beyond its hourly number with 429 and when to try again. */
    private void limit(ObjectionRateLimit limit, HttpServletRequest http, HttpServletResponse response) {
        String client = ClientAddress.of(Collections.list(http.getHeaders("X-Forwarded-For")), http.getRemoteAddr(), properties.proxyHops());
        ObjectionRateLimit.Decision decision = limit.attempt(client, clock.instant());
        if (!decision.allowed()) {
            // the problem handler keeps headers already set on the response
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfter().toSeconds()));
            throw new PlatformException(ObjectionProblem.TOO_MANY_OBJECTIONS, "提交过于频繁，请 " + minutes(decision.retryAfter()) + " 分钟后再试。")
                    .with("retryAfterSeconds", decision.retryAfter().toSeconds());
        }
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
