package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jayway.jsonpath.JsonPath;

import cn.dalian.laborbrand.contracts.events.EventCodec;
import cn.dalian.laborbrand.contracts.review.ReviewEvents;
import cn.dalian.laborbrand.contracts.vocabulary.BrandLevel;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.test.KafkaProbe;
import cn.dalian.laborbrand.platform.test.PlatformIntegrationTest;
import cn.dalian.laborbrand.platform.test.PlatformTestInfrastructure;
import cn.dalian.laborbrand.platform.test.SampleEvents;
import cn.dalian.laborbrand.platform.test.TestUser;
import cn.dalian.laborbrand.platform.test.Tokens;
import cn.dalian.laborbrand.review.campaign.CampaignTermsFixture;
import cn.dalian.laborbrand.review.campaign.CampaignTermsService;
import cn.dalian.laborbrand.review.casework.CaseworkService;
import cn.dalian.laborbrand.review.casework.DecisionFixture;
import cn.dalian.laborbrand.review.precheck.PrecheckService;
import cn.dalian.laborbrand.review.casework.ReviewStage;

/**
 * Objections during the notice, through the service's API on its real database and broker: a member of the public
 * objects, the objection holds the case past the notice's end, the district investigates and decides.
 */
@PlatformIntegrationTest
class ObjectionIT {

    /** Monday 21 November 2022, 9:00 in Dalian: a notice from today runs to Friday 25 November. */
    private static final Instant NOV_21 = Instant.parse("2022-11-21T01:00:00Z");
    private static final String BRAND = "大连甘井子金港家政服务师劳务品牌";
    private static final String CONTENT = "该单位2022年拖欠多名家政服务人员工资达三个月，劳动监察部门已责令整改，至今尚未全部支付到位。";
    private static final Pattern SUM = Pattern.compile("(\\d) (加|减) (\\d) 等于几？");
    /**
     * 钱磊, a second reviewer of 甘井子区 (the demo realm's reviewer-ganjingzi-2): objections are handled by a colleague of
     * the reviewer who decided the case (赵敏, {@link TestUser#REVIEWER_GANJINGZI}).
     */
    private static final TestUser COLLEAGUE = new TestUser("reviewer-ganjingzi-2", "钱磊", Set.of(Role.DISTRICT_REVIEWER), null, "210211");
    /** Each test objects from addresses of its own, so that the hourly limit of one does not reach into another. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    RestTestClient http;

    @Autowired
    PrecheckService prechecks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseworkService casework;

    @Autowired
    CampaignTermsService campaigns;

    String client;

    @BeforeEach
    void theCampaignOf2022() {
        PlatformTestInfrastructure.clock().setTo(NOV_21);
        CampaignTermsFixture.campaign2022Published(campaigns);
        client = "203.0.113." + ADDRESSES.getAndIncrement();
    }

    @AfterEach
    void backToRealTime() {
        PlatformTestInfrastructure.clock().reset();
    }

    /** A case of 甘井子区 under notice from today, both levels put forward; its notice and list entry. */
    record UnderNotice(UUID caseId, String noticeId, String entryId) {
    }

    @Test
    void anObjectionHoldsTheCasePastTheNoticesEndUntilTheDistrictDismissesItThenTheClosingForwardsIt() {
        // given a brand under notice and a member of the public who objects to it on the third day
        UnderNotice notice = underNotice();
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(2));
        Map<String, Object> receipt = lodge(notice, "王建国", "139 0411 8765", CONTENT).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String receiptNumber = (String) receipt.get("receiptNumber");
        String queryCode = (String) receipt.get("queryCode");
        assertThat(receiptNumber).matches("YY20221123\\d{6}");
        assertThat(queryCode).hasSize(8);
        var lodged = KafkaProbe.find(ReviewEvents.OBJECTION_LODGED_TOPIC, r -> notice.caseId().toString().equals(r.key()), Duration.ofSeconds(60));
        assertThat(lodged).isPresent();
        assertThat(lodged.get().value()).doesNotContain("王建国", "13904118765");

        // when the notice's last day has passed and the closing runs
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(5));
        closing();

        // then the case waits under notice
        assertThat(casework.byId(notice.caseId()).stage()).isEqualTo(ReviewStage.PUBLICITY);

        // when the district finds the objection in its list, with the person masked
        http.get().uri("/api/reviews/objections?status=RECEIVED").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.receiptNumber == '" + receiptNumber + "')].objectorName").isEqualTo(List.of("王**"));
        List<String> ids = JsonPath.read(body(http.get().uri("/api/reviews/objections?status=RECEIVED").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange()), "$.items[?(@.receiptNumber == '" + receiptNumber + "')].id");
        String objectionId = ids.getFirst();
        http.get().uri("/api/reviews/objections/{id}", objectionId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.objectorName").isEqualTo("王**")
                .jsonPath("$.contact").isEqualTo("139****8765")
                .jsonPath("$.contactKind").isEqualTo("MOBILE")
                .jsonPath("$.content").isEqualTo(CONTENT);
        // and another district's reviewer does not
        http.get().uri("/api/reviews/objections/{id}", objectionId).headers(Tokens.as(TestUser.REVIEWER_JINZHOU)).exchange()
                .expectStatus().isNotFound();

        // and records its investigation and dismisses it
        step(objectionId, "investigation", "{\"note\": \"已电话联系异议人并调取劳动监察部门整改记录。\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("INVESTIGATING")
                .jsonPath("$.notes[0].author").isEqualTo("reviewer-ganjingzi-2");
        String finding = "经核查，所反映的欠薪问题已于2022年6月由劳动监察部门处理完毕，工资已全部支付，异议不成立。";
        step(objectionId, "resolution", "{\"outcome\": \"DISMISSED\", \"finding\": \"" + finding + "\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RESOLVED").jsonPath("$.outcomeLabel").isEqualTo("异议不成立");

        // then deciding twice is refused
        step(objectionId, "resolution", "{\"outcome\": \"UPHELD_REJECTED\", \"finding\": \"复核认定异议成立，不予认定。\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("ALREADY_RESOLVED");
        var resolved = KafkaProbe.find(ReviewEvents.OBJECTION_RESOLVED_TOPIC, r -> notice.caseId().toString().equals(r.key()), Duration.ofSeconds(60));
        assertThat(new EventCodec().read(resolved.orElseThrow().value(), ReviewEvents.OBJECTION_RESOLVED).payload().outcome()).isEqualTo("DISMISSED");

        // and the person who objected reads the outcome with the receipt, and nobody reads it without the code
        http.get().uri("/api/public/objections/{receipt}?code={code}", receiptNumber, queryCode.toLowerCase())
                .header("X-Forwarded-For", client).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("RESOLVED")
                .jsonPath("$.outcome").isEqualTo("DISMISSED")
                .jsonPath("$.finding").isEqualTo(finding)
                .jsonPath("$.brandName").isEqualTo(BRAND);
        http.get().uri("/api/public/objections/{receipt}?code=AAAAAAAA", receiptNumber).header("X-Forwarded-For", client).exchange()
                .expectStatus().isNotFound();

        // and the next closing forwards the case to the city
        closing();
        assertThat(casework.byId(notice.caseId()).stage()).isEqualTo(ReviewStage.CITY_REVIEW);
        assertThat(KafkaProbe.find(ReviewEvents.PUBLICITY_ENDED_TOPIC, r -> notice.caseId().toString().equals(r.key()), Duration.ofSeconds(60)))
                .isPresent();
        // where the city bureau reads the case's objections
        http.get().uri("/api/reviews/cases/{id}/objections", notice.caseId()).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.open").isEqualTo(0);
        http.get().uri("/api/reviews/objections/{id}", objectionId).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk();
        // and the case's history says an objection came from the public and was dismissed, naming nobody who objected
        http.get().uri("/api/reviews/cases/{id}/history", notice.caseId()).headers(Tokens.as(TestUser.CITY_REVIEWER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].action").value(actions -> assertThat(actions.toString())
                        .contains("OBJECTION_LODGED").contains("OBJECTION_DISMISSED").contains("PUBLICITY_ENDED"))
                .jsonPath("$[?(@.action == 'OBJECTION_LODGED')].actor").isEqualTo(java.util.List.of("public"))
                .jsonPath("$[?(@.action == 'OBJECTION_DISMISSED')].comment").value(comments -> assertThat(comments.toString()).contains(finding))
                .jsonPath("$[*].comment").value(comments -> assertThat(comments.toString()).doesNotContain("13904118765"));
    }

    @Test
    void anUpheldObjectionRejectsTheCaseWithApplicationRejectedAndTakesTheBrandOffTheList() {
        // given an objection against a brand under notice
        UnderNotice notice = underNotice();
        lodge(notice, "李秀英", "lixiuying@163.com", CONTENT).expectStatus().isCreated();
        String objectionId = objectionOf(notice.caseId());
        assertThat(casework.byId(notice.caseId()).stage()).isEqualTo(ReviewStage.PUBLICITY);
        http.get().uri("/api/reviews/cases/{id}/objections", notice.caseId()).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectBody().jsonPath("$.open").isEqualTo(1);

        // when the district upholds it
        step(objectionId, "resolution", """
                {"outcome": "UPHELD_REJECTED", "finding": "经实地核查，该单位确有拖欠工资行为且未整改到位，异议成立。"}
                """).expectStatus().isOk();

        // then the case is rejected with the finding as its reason, and the unit is told through ApplicationRejected
        assertThat(casework.byId(notice.caseId()).stage()).isEqualTo(ReviewStage.REJECTED);
        var rejected = KafkaProbe.find(ReviewEvents.APPLICATION_REJECTED_TOPIC, r -> notice.caseId().toString().equals(r.key()),
                Duration.ofSeconds(60));
        var payload = new EventCodec().read(rejected.orElseThrow().value(), ReviewEvents.APPLICATION_REJECTED).payload();
        assertThat(payload.stage()).isEqualTo("PUBLICITY");
        assertThat(payload.reason()).isEqualTo("公示期间收到异议，经调查核实：经实地核查，该单位确有拖欠工资行为且未整改到位，异议成立。");

        // and the brand is no longer on the public list, nor open to objections
        http.get().uri("/api/public/notices/{id}", notice.noticeId()).exchange()
                .expectBody().jsonPath("$.entries.length()").isEqualTo(0);
        lodge(notice, "张伟", "13504112233", "另有人反映该单位存在未签订劳动合同的情况，请一并核查处理，谢谢。").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("BRAND_NOT_LISTED");

        // and after the notice's end the closing forwards nothing
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(7));
        closing();
        assertThat(casework.byId(notice.caseId()).stage()).isEqualTo(ReviewStage.REJECTED);
        assertThat(jdbc.sql("SELECT closed_at IS NOT NULL FROM notice_entry WHERE case_id = :id").param("id", notice.caseId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void theReviewerWhoDecidedTheCaseCannotResolveAnObjectionToItAndAColleagueCan() {
        // given an objection against a brand 赵敏 (reviewer-ganjingzi) selected and put under notice
        UnderNotice notice = underNotice();
        lodge(notice, "王建国", "13904118765", CONTENT).expectStatus().isCreated();
        String objectionId = objectionOf(notice.caseId());
        String dismissal = """
                {"outcome": "DISMISSED", "finding": "经核查，所反映的欠薪问题已处理完毕，异议不成立。"}
                """;

        // when she resolves it herself, then it is refused with the reason, and the objection stays open
        stepAs(TestUser.REVIEWER_GANJINGZI, objectionId, "resolution", dismissal).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SAME_PERSON_DECIDED")
                .jsonPath("$.detail").isEqualTo("您作出了该申报的区级初审意见，不能办结针对该意见的异议；请由本区其他审核人员办结。");
        http.get().uri("/api/reviews/cases/{id}/objections", notice.caseId()).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange()
                .expectBody().jsonPath("$.open").isEqualTo(1);

        // and her colleague of the same bureau resolves it
        step(objectionId, "resolution", dismissal).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RESOLVED");
    }

    @Test
    void anObjectionUpheldAgainstTheCityLevelLeavesTheBrandOnTheListAtDistrictLevel() {
        UnderNotice notice = underNotice();
        lodge(notice, "王建国", "13904118765", CONTENT).expectStatus().isCreated();

        step(objectionOf(notice.caseId()), "resolution", """
                {"outcome": "UPHELD_LEVEL_WITHDRAWN", "finding": "经核实，该单位2022年输出就业人数未达到市级标准，撤回市级推荐。"}
                """).expectStatus().isOk();

        assertThat(casework.byId(notice.caseId()).noticeLevels()).containsExactly(BrandLevel.DISTRICT);
        http.get().uri("/api/public/notices/{id}", notice.noticeId()).exchange()
                .expectBody().jsonPath("$.entries[0].levels").isEqualTo(List.of("DISTRICT"));
    }

    @Test
    void anObjectionAfterTheNoticeEndedIsRefusedAndNothingIsKept() {
        UnderNotice notice = underNotice();
        PlatformTestInfrastructure.clock().advance(Duration.ofDays(5));

        lodge(notice, "王建国", "13904118765", CONTENT).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOTICE_ENDED")
                .jsonPath("$.detail").isEqualTo("该公示已于2022年11月25日结束，不再受理异议。");
        assertThat(jdbc.sql("SELECT count(*) FROM objection WHERE case_id = :id").param("id", notice.caseId()).query(Long.class).single())
                .isZero();
    }

    @Test
    void thePersonsNameAndContactAreEncryptedInTheTableAndMaskedOrAbsentInEveryAnswer() {
        UnderNotice notice = underNotice();
        String receipt = body(lodge(notice, "欧阳建华", "13998761234", CONTENT).expectStatus().isCreated());
        String objectionId = objectionOf(notice.caseId());

        Map<String, Object> row = jdbc.sql("SELECT objector_name, objector_contact FROM objection WHERE id = CAST(:id AS uuid)")
                .param("id", objectionId).query().singleRow();
        assertThat(row.values().toString()).doesNotContain("欧阳建华", "13998761234");

        String staff = body(http.get().uri("/api/reviews/objections/{id}", objectionId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange())
                + body(http.get().uri("/api/reviews/objections").headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange())
                + body(http.get().uri("/api/reviews/cases/{id}/objections", notice.caseId()).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI)).exchange());
        assertThat(staff).contains("欧***", "139****1234").doesNotContain("欧阳建华", "13998761234");
        String receiptNumber = JsonPath.read(receipt, "$.receiptNumber");
        String queryCode = JsonPath.read(receipt, "$.queryCode");
        String publicAnswers = receipt + body(http.get().uri("/api/public/objections/{r}?code={c}", receiptNumber, queryCode)
                .header("X-Forwarded-For", client).exchange()) + body(http.get().uri("/api/public/notices").exchange());
        assertThat(publicAnswers).doesNotContain("欧阳", "13998761234", "139****1234");
    }

    @Test
    void aWrongAnswerTheSameTextTwiceAndABadContactAreRefused() {
        UnderNotice notice = underNotice();

        lodge(notice, "王建国", "13904118765", CONTENT, "99").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("CHALLENGE_FAILED");
        lodge(notice, "王建国", "0411-84567890", CONTENT).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("contact");
        lodge(notice, "王建国", "13904118765", "有问题。").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("content");
        lodge(notice, "王建国", "13904118765", CONTENT).expectStatus().isCreated();
        lodge(notice, "王建华", "13904118766", " " + CONTENT.replace("，", "， ")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("DUPLICATE_OBJECTION");
    }

    @Test
    void aClientBeyondItsHourlyNumberIsToldWhenToComeBackWhateverItWritesIntoXForwardedFor() {
        UnderNotice notice = underNotice();
        for (int attempt = 0; attempt < 10; attempt++) {
            // what a client writes before the gateway's entry is not its address
            lodge(notice, "王建国", "13904118765", CONTENT, "99", "198.51.100." + attempt + ", " + client).expectStatus().isEqualTo(422);
        }

        lodge(notice, "王建国", "13904118765", CONTENT, null, "198.51.100.77, " + client).expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L))
                .expectBody()
                .jsonPath("$.code").isEqualTo("TOO_MANY_OBJECTIONS")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("分钟后再试"));
        // another address is not held up
        lodge(notice, "王建国", "13904118765", CONTENT, null, "203.0.113.250").expectStatus().isCreated();
    }

    private UnderNotice underNotice() {
        var submitted = SampleEvents.applicationSubmitted(Set.of(BrandLevel.DISTRICT, BrandLevel.CITY));
        UUID caseId = casework.open(submitted).orElseThrow().id();
        DecisionFixture.readyToDecide(prechecks, http, submitted, caseId, Set.of(BrandLevel.DISTRICT, BrandLevel.CITY),
                TestUser.REVIEWER_GANJINGZI);
        http.post().uri("/api/reviews/cases/{id}/district-decision", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body("{\"districtLevelSelected\": true, \"cityRecommended\": true}")
                .exchange().expectStatus().isOk();
        String notice = body(http.post().uri("/api/reviews/cases/{id}/publicity", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isOk());
        return new UnderNotice(caseId, JsonPath.read(notice, "$.id"), JsonPath.read(notice, "$.entries[0].id"));
    }

    private RestTestClient.ResponseSpec lodge(UnderNotice notice, String name, String contact, String content) {
        return lodge(notice, name, contact, content, null, client);
    }

    private RestTestClient.ResponseSpec lodge(UnderNotice notice, String name, String contact, String content, String answer) {
        return lodge(notice, name, contact, content, answer, client);
    }

    /** Fetches a challenge and answers it (right, unless an answer is given), then lodges from the address. */
    private RestTestClient.ResponseSpec lodge(UnderNotice notice, String name, String contact, String content, String answer,
            String forwardedFor) {
        String challenge = body(http.get().uri("/api/public/objections/challenge").exchange().expectStatus().isOk());
        String question = JsonPath.read(challenge, "$.question");
        String token = JsonPath.read(challenge, "$.token");
        return http.post().uri("/api/public/notices/{id}/objections", notice.noticeId())
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("entryId", notice.entryId(), "name", name, "contact", contact, "content", content, "challengeToken", token,
                        "challengeAnswer", answer == null ? answerTo(question) : answer))
                .exchange();
    }

    private static String answerTo(String question) {
        Matcher sum = SUM.matcher(question);
        assertThat(sum.matches()).as(question).isTrue();
        int first = Integer.parseInt(sum.group(1));
        int second = Integer.parseInt(sum.group(3));
        return String.valueOf(sum.group(2).equals("加") ? first + second : first - second);
    }

    private String objectionOf(UUID caseId) {
        return JsonPath.read(body(http.get().uri("/api/reviews/cases/{id}/objections", caseId).headers(Tokens.as(TestUser.REVIEWER_GANJINGZI))
                .exchange().expectStatus().isOk()), "$.items[0].id");
    }

    /** A step on the objection by the colleague who handles it. */
    private RestTestClient.ResponseSpec step(String objectionId, String step, String body) {
        return stepAs(COLLEAGUE, objectionId, step, body);
    }

    private RestTestClient.ResponseSpec stepAs(TestUser reviewer, String objectionId, String step, String body) {
        return http.post().uri("/api/reviews/objections/{id}/" + step, objectionId).headers(Tokens.as(reviewer))
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** The closing check, run now (the scheduled one may run too: tests look at the cases, not at its count). */
    private void closing() {
        http.post().uri("/api/reviews/publicity/closing").headers(Tokens.as(TestUser.OPERATOR)).exchange().expectStatus().isOk();
    }

    private static String body(RestTestClient.ResponseSpec response) {
        byte[] content = response.expectBody().returnResult().getResponseBodyContent();
        return content == null ? "" : new String(content, StandardCharsets.UTF_8);
    }
}
