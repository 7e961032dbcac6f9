package cn.dalian.laborbrand.review.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.dalian.laborbrand.platform.problem.PlatformException;

/** A sum in words, answered once within its validity, with a token nobody can forge or reuse. */
class ChallengesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
    private static final Pattern SUM = Pattern.compile("(\\d) (加|减) (\\d) 等于几？");

    private final Challenges challenges = new Challenges("a-key-for-the-tests-only-0123456789", Duration.ofMinutes(10),
            RandomGenerator.of("L64X128MixRandom"));

    private static String answerTo(String question) {
        Matcher sum = SUM.matcher(question);
        assertThat(sum.matches()).as(question).isTrue();
        int first = Integer.parseInt(sum.group(1));
        int second = Integer.parseInt(sum.group(3));
        return String.valueOf(sum.group(2).equals("加") ? first + second : first - second);
    }

    private static PlatformException refusal(Runnable verification) {
        try {
            verification.run();
        } catch (PlatformException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theRightAnswerWithinItsValidityPassesOnce() {
        // given a question like 「7 加 5 等于几？」
        Challenges.Issued issued = challenges.issue(NOW);
        assertThat(issued.question()).matches(SUM);
        assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));

        // when it is answered right, it passes
        assertThatCode(() -> challenges.verify(issued.token(), answerTo(issued.question()), NOW.plusSeconds(30))).doesNotThrowAnyException();

        // and the same token does not pass twice
        assertThat(refusal(() -> challenges.verify(issued.token(), answerTo(issued.question()), NOW.plusSeconds(40))).code())
                .isEqualTo(ObjectionProblem.CHALLENGE_EXPIRED);
    }

    @Test
    void aWrongAnswerIsRefusedAndTheTokenStaysUsableForTheRightOne() {
        Challenges.Issued issued = challenges.issue(NOW);
        String wrong = String.valueOf(Integer.parseInt(answerTo(issued.question())) + 1);

        assertThat(refusal(() -> challenges.verify(issued.token(), wrong, NOW)).code()).isEqualTo(ObjectionProblem.CHALLENGE_FAILED);
        assertThat(refusal(() -> challenges.verify(issued.token(), "十二", NOW)).code()).isEqualTo(ObjectionProblem.CHALLENGE_FAILED);
        assertThatCode(() -> challenges.verify(issued.token(), answerTo(issued.question()), NOW)).doesNotThrowAnyException();
    }

    @Test
    void fullWidthDigitsAndSpacesAreTheSameAnswer() {
        Challenges.Issued issued = challenges.issue(NOW);
        String fullWidth = answerTo(issued.question()).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);

        assertThatCode(() -> challenges.verify(issued.token(), " " + fullWidth + " ", NOW)).doesNotThrowAnyException();
    }

    @Test
    void anExpiredChallengeIsRefused() {
        Challenges.Issued issued = challenges.issue(NOW);

        assertThat(refusal(() -> challenges.verify(issued.token(), answerTo(issued.question()), NOW.plus(Duration.ofMinutes(10)))).code())
                .isEqualTo(ObjectionProblem.CHALLENGE_EXPIRED);
    }

    @Test
    void aTokenWithAnotherExpiryOrFromAnotherKeyIsRefused() {
        Challenges.Issued issued = challenges.issue(NOW);
        String answer = answerTo(issued.question());
        String[] parts = issued.token().split("\\.");
        String later = (Long.parseLong(parts[0]) + 86_400) + "." + parts[1] + "." + parts[2] + "." + parts[3];
        Challenges otherKey = new Challenges("another-key-entirely-9876543210", Duration.ofMinutes(10), RandomGenerator.of("L64X128MixRandom"));

        assertThat(refusal(() -> challenges.verify(later, answer, NOW)).code()).isEqualTo(ObjectionProblem.CHALLENGE_EXPIRED);
        assertThat(refusal(() -> otherKey.verify(issued.token(), answer, NOW)).code()).isEqualTo(ObjectionProblem.CHALLENGE_EXPIRED);
        assertThat(refusal(() -> challenges.verify("not-a-token", answer, NOW)).code()).isEqualTo(ObjectionProblem.CHALLENGE_EXPIRED);
    }

    @Test
    void theTokenDoesNotGiveTheAnswerAway() {
        Challenges.Issued issued = challenges.issue(NOW);

        // what a script reads in the token is the expiry, a nonce and keyed digests: none of them is the sum
        for (String part : issued.token().split("\\.")) {
            assertThat(part).isNotEqualTo(answerTo(issued.question()));
        }
    }
}
