package cn.dalian.laborbrand.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every service answers to input it does not take, sent over a plain socket: each kind of bad JSON (a control
 * character, half a character, bytes that are not UTF-8, a coerced value, a duplicate or unknown key, a blank or
 * disguised name, a wildcard content type, a body too large) and each kind of bad request (a control character in a
 * parameter, a path, a header; a URL or a header too long) and each account claim no service could use (a user name
 * too long for the columns, an orgId that is no credit code) gets a 4xx problem document with a stable code, naming
 * the field (or claim) where there is one, and nothing is written. A service's {@code @PlatformIntegrationTest} implements it,
 * naming a JSON write it takes ({@link StrictInputProbe} by default) and how to count what was written.
 */
public interface StrictInputContract {

    JsonMapper JSON = JsonMapper.builder().build();
    /** Stands for the bytes of a text a client cannot write as a Java string (they are put in as raw bytes). */
    String RAW = "RAW-BYTES-HERE";

    /**
     * A JSON write: where it goes, who sends it, a body the service takes, and JSON pointers to a field of each kind
     * in that body (a required name, a free text, a closed list, a yes/no, a whole number; null where it has none).
     */
    record JsonWrite(String method, String path, TestUser caller, String body, String nameField, String textField, String enumField,
            String booleanField, String integerField) {

        /** The test-only probe every service has in its tests. */
        public static JsonWrite probe() {
            return new JsonWrite("POST", StrictInputProbe.PATH, TestUser.OPERATOR, """
                    {"name": "大连甘井子金港家政服务师劳务品牌", "comment": "材料齐全，实地查验属实。", "level": "CITY", "approved": true,
                     "count": 1120, "tags": ["家政", "育婴"]}
                    """, "/name", "/comment", "/level", "/approved", "/count");
        }
    }

    /** The write the bad inputs are sent to. */
    default JsonWrite jsonWrite() {
        return JsonWrite.probe();
    }

    /** How many writes got through so far (by default, to the probe). */
    default long written(ApplicationContext context) {
        return context.getBean(StrictInputProbe.class).accepted();
    }

    @Test
    default void theWriteTheBadInputsAreMadeOfIsTaken(@Value("${local.server.port}") int port, @Autowired ApplicationContext context) {
        long before = written(context);
        JsonWrite write = jsonWrite();

        RawHttp.Answer answer = RawHttp.send(port, write.method(), write.path(), jsonHeaders(write, "application/json"),
                write.body().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
        assertThat(written(context)).isEqualTo(before + 1);
    }

    @TestFactory
    default Stream<DynamicTest> eachKindOfBadJsonIsRefusedWithAProblemNamingTheFieldAndNothingIsWritten(
            @Value("${local.server.port}") int port, @Autowired ApplicationContext context) {
        Target target = new Target(port, context, jsonWrite(), this);
        JsonWrite write = target.write();
        List<DynamicTest> tests = new ArrayList<>();
        // text anywhere
        target.field(tests, write.textField(), "a NUL character", "\"大连\\u0000金港\"", "控制字符（U+0000）");
        target.field(tests, write.textField(), "an unescaped control character", "\"大连\u0001金港\"", "控制字符（U+0001）");
        target.field(tests, write.textField(), "a lone surrogate", "\"大连\\ud800金港\"", "孤立的代理项");
        target.field(tests, write.textField(), "a right-to-left override", "\"大连\u202e港金\"", "改变文字方向");
        target.rawText(tests, write.textField(), "invalid UTF-8", new byte[] { (byte) 0xE5, (byte) 0xA4, (byte) 0xFF });
        target.rawText(tests, write.textField(), "overlong UTF-8 for '/'", new byte[] { (byte) 0xC0, (byte) 0xAF });
        target.rawText(tests, write.textField(), "a surrogate encoded in UTF-8", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 });
        // no coercion
        target.field(tests, write.textField(), "a number for a text", "12", "格式不正确");
        target.field(tests, write.enumField(), "a number for a closed list", "1", "允许的取值");
        target.field(tests, write.enumField(), "a digit string for a closed list", "\"1\"", "允许的取值");
        target.field(tests, write.booleanField(), "1 for a yes/no", "1", "格式不正确");
        target.field(tests, write.booleanField(), "\"true\" for a yes/no", "\"true\"", "格式不正确");
        target.field(tests, write.integerField(), "12.7 for a whole number", "12.7", "格式不正确");
        target.field(tests, write.integerField(), "\"12\" for a whole number", "\"12\"", "格式不正确");
        // names
        target.field(tests, write.nameField(), "a name of zero-width spaces only", "\"\u200b\u200b\"", null);
        target.field(tests, write.nameField(), "a name of no-break spaces only", "\"\u00a0\u00a0\"", null);
        target.field(tests, write.nameField(), "a zero-width space inside a name", "\"大连\u200b金港劳务品牌\"", "不可见的格式字符（U+200B）");
        target.field(tests, write.nameField(), "a line break in a name", "\"大连金港\\n劳务品牌\"", "一行文字");
        // the document
        tests.add(target.refused("a duplicate key (the last one would win)", body -> duplicated(body, write.booleanField()), "application/json",
                400, answer -> assertFieldNamed(answer, write.booleanField(), "同一字段出现了不止一次")));
        tests.add(target.refused("an unknown property", body -> withProperty(body, "unexpectedField"), "application/json", 400,
                answer -> assertThat(answer.json().get("errors").toString()).contains("unexpectedField")));
        tests.add(target.refused("a second document after the first", body -> (body.strip() + " {}").getBytes(StandardCharsets.UTF_8),
                "application/json", 400, answer -> assertThat(answer.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST")));
        tests.add(target.refused("a body that is not JSON", body -> "{\"name\": ".getBytes(StandardCharsets.UTF_8), "application/json", 400,
                answer -> assertThat(answer.json().get("code").asString()).isEqualTo("MALFORMED_REQUEST")));
        // how it is sent
        for (String type : List.of("application/*", "*/*", "application/json;charset=GBK", "text/plain", "json")) {
            tests.add(target.refused("Content-Type: " + type, body -> body.getBytes(StandardCharsets.UTF_8), type, 415,
                    answer -> assertThat(answer.json().get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE")));
        }
        tests.add(target.refused("a body larger than the cap, declared", body -> padded(body, 1_100_000), "application/json", 413,
                answer -> assertThat(answer.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE")));
        tests.add(dynamicTest("a body larger than the cap, chunked without a length", () -> {
            long before = written(context);
            RawHttp.Answer answer = RawHttp.send(port, write.method(), write.path(),
                    with(jsonHeaders(write, "application/json"), "Transfer-Encoding", "chunked"), chunked(padded(write.body(), 1_100_000)));
            assertProblem(answer, 413);
            assertThat(answer.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(written(context)).isEqualTo(before);
        }));
        return tests.stream();
    }

    /**
     * A genuine token whose account claims no service could store or scope by (a user name longer than the 100
     * characters the columns recording who acted hold, an orgId that is no credit code, a district longer than any
     * place code) is refused by the platform with a 403 problem naming the claim, never a 500, and nothing is written.
     */
    @TestFactory
    default Stream<DynamicTest> eachUnusableAccountClaimIsRefusedWithAProblemAndNothingIsWritten(
            @Value("${local.server.port}") int port, @Autowired ApplicationContext context) {
        JsonWrite write = jsonWrite();
        TestUser caller = write.caller();
        Map<String, TestUser> callers = new LinkedHashMap<>();
        callers.put("preferred_username", new TestUser(caller.username() + "-" + "x".repeat(100), caller.displayName(), caller.roles(),
                caller.orgId(), caller.district()));
        callers.put("orgId", new TestUser(caller.username(), caller.displayName(), caller.roles(), "91210244058064963100", caller.district()));
        callers.put("district", new TestUser(caller.username(), caller.displayName(), caller.roles(), caller.orgId(), "2102110000000000001"));
        return callers.entrySet().stream().map(bad -> dynamicTest("an unusable " + bad.getKey(), () -> {
            long before = written(context);
            Map<String, String> headers = new LinkedHashMap<>(jsonHeaders(write, "application/json"));
            headers.put("Authorization", Tokens.bearer(bad.getValue()));

            RawHttp.Answer answer = RawHttp.send(port, write.method(), write.path(), headers, write.body().getBytes(StandardCharsets.UTF_8));

            assertProblem(answer, 403);
            assertThat(answer.json().get("code").asString()).isEqualTo("ACCOUNT_CLAIM_INVALID");
            assertThat(answer.json().get("claim").asString()).isEqualTo(bad.getKey());
            assertThat(written(context)).isEqualTo(before);
        }));
    }

    /** Where the bad JSON goes and how its effect is counted. */
    record Target(int port, ApplicationContext context, JsonWrite write, StrictInputContract contract) {

        /** A test sending the broken body, expecting the problem and nothing written. */
        DynamicTest refused(String what, Function<String, byte[]> body, String contentType, int status, Consumer<RawHttp.Answer> check) {
            return dynamicTest(what, () -> {
                long before = contract.written(context);
                RawHttp.Answer answer = RawHttp.send(port, write.method(), write.path(), jsonHeaders(write, contentType),
                        body.apply(write.body()));
                assertProblem(answer, status);
                check.accept(answer);
                assertThat(contract.written(context)).as("written after %s", what).isEqualTo(before);
            });
        }

        /** A test that puts a JSON value into the field and expects a 400 naming it (with the reason, when given). */
        void field(List<DynamicTest> tests, String pointer, String what, String json, String reason) {
            if (pointer != null) { // else the write has no field of this kind
                tests.add(refused(what + " at " + pointer, body -> replaced(body, pointer, json.getBytes(StandardCharsets.UTF_8)),
                        "application/json", 400, answer -> assertFieldNamed(answer, pointer, reason)));
            }
        }

        /** A test that puts raw bytes inside the text of the field and expects a 400 naming it. */
        void rawText(List<DynamicTest> tests, String pointer, String what, byte[] bytes) {
            if (pointer != null) {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.writeBytes("\"大连".getBytes(StandardCharsets.UTF_8));
                text.writeBytes(bytes);
                text.writeBytes("金港\"".getBytes(StandardCharsets.UTF_8));
                tests.add(refused(what + " at " + pointer, body -> replaced(body, pointer, text.toByteArray()), "application/json", 400,
                        answer -> assertFieldNamed(answer, pointer, "无效的 UTF-8 编码")));
            }
        }
    }

    @TestFactory
    default Stream<DynamicTest> eachKindOfBadRequestIsAnsweredWithAProblemDocument(@Value("${local.server.port}") int port) {
        String longText = "a".repeat(20_000);
        Map<String, String> none = Map.of();
        return Stream.of(
                dynamicTest("a NUL in a query parameter, named", () -> {
                    RawHttp.Answer answer = RawHttp.send(port, "GET", "/actuator/health?stage=%00", none, null);
                    assertProblem(answer, 400);
                    assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("stage");
                }),
                dynamicTest("a right-to-left override in a query parameter, named", () -> {
                    RawHttp.Answer answer = RawHttp.send(port, "GET", "/actuator/health?q=%E2%80%AEabc", none, null);
                    assertProblem(answer, 400);
                    assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("改变文字方向");
                }),
                dynamicTest("a query parameter that is not UTF-8", () -> assertProblem(
                        RawHttp.send(port, "GET", "/actuator/health?q=%C0%AF", none, null), 400)),
                dynamicTest("a NUL in the path", () -> assertProblem(RawHttp.send(port, "GET", "/api/%00", none, null), 400)),
                dynamicTest("an encoded slash in the path", () -> assertProblem(RawHttp.send(port, "GET", "/api/a%2F..%2Fb", none, null), 400)),
                dynamicTest("a control character in a header", () -> assertProblem(
                        RawHttp.send(port, "GET", "/actuator/health", Map.of("X-Note", "a\u0001b"), null), 400)),
                dynamicTest("a header too large", () -> assertThat(RawHttp.send(port, "GET", "/actuator/health", Map.of("X-Note", longText), null))
                        .satisfies(answer -> assertProblem(answer, answer.status()))
                        .extracting(RawHttp.Answer::status).isIn(400, 431)),
                dynamicTest("a URL too long", () -> assertThat(RawHttp.send(port, "GET", "/actuator/health?q=" + longText, none, null))
                        .satisfies(answer -> assertProblem(answer, answer.status()))
                        .extracting(RawHttp.Answer::status).isIn(400, 414)),
                dynamicTest("a path nobody serves", () -> assertProblem(RawHttp.send(port, "GET", "/api/no/such/path",
                        Map.of("Authorization", Tokens.bearer(TestUser.OPERATOR)), null), 404)));
    }

    private static void assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).as("stable code of %s", answer).matches("[A-Z_]+");
        assertThat(answer.json().get("detail").asString()).as("Chinese detail of %s", answer).isNotBlank();
    }

    private static void assertFieldNamed(RawHttp.Answer answer, String pointer, String reason) {
        assertProblem(answer, 400);
        assertThat(answer.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
        String field = pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
        JsonNode named = null;
        for (JsonNode error : answer.json().get("errors")) {
            if (field.equals(error.get("field").asString())) {
                named = error;
            }
        }
        assertThat(named).as("the problem names %s: %s", field, answer).isNotNull();
        if (reason != null) {
            assertThat(named.get("message").asString()).contains(reason);
        }
    }

    private static Map<String, String> jsonHeaders(JsonWrite write, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Authorization", Tokens.bearer(write.caller()));
        return headers;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return more;
    }

    /** The body with the field's value replaced by the given JSON bytes (which need not be valid UTF-8). */
    static byte[] replaced(String body, String pointer, byte[] value) {
        JsonNode tree = JSON.readTree(body);
        JsonPointer path = JsonPointer.compile(pointer);
        ContainerNode<?> parent = (ContainerNode<?>) tree.at(path.head());
        if (parent instanceof ObjectNode object) {
            object.put(path.last().getMatchingProperty(), RAW);
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(path.last().getMatchingIndex(), RAW);
        }
        String written = JSON.writeValueAsString(tree);
        int at = written.indexOf("\"" + RAW + "\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(written.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(value);
        bytes.writeBytes(written.substring(at + RAW.length() + 2).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** The body with the field written twice, in its own object (with the same value: only the repetition is wrong). */
    private static byte[] duplicated(String body, String pointer) {
        String property = pointer.substring(pointer.lastIndexOf('/') + 1);
        String value = JSON.writeValueAsString(JSON.readTree(body).at(pointer));
        return replaced(body, pointer, (value + ", \"" + property + "\": " + value).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withProperty(String body, String property) {
        String json = body.strip();
        return ("{\"" + property + "\": \"多余的字段\", " + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    /** The body followed by whitespace up to the size: still one JSON document, only too large. */
    private static byte[] padded(String body, int size) {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[Math.max(size, json.length)];
        System.arraycopy(json, 0, padded, 0, json.length);
        java.util.Arrays.fill(padded, json.length, padded.length, (byte) ' ');
        return padded;
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int size = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
