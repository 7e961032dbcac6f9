package cn.dalian.laborbrand.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void aProblemNamesItsStableCodeInTypeAndProperty() {
        // when
        ProblemDetail problem = Problems.of(ProblemCode.VALIDATION_FAILED);

        // then
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).hasToString("urn:laborbrand:problem:validation-failed");
        assertThat(problem.getTitle()).isEqualTo("Validation failed");
        assertThat(problem.getDetail()).isEqualTo("提交的数据未通过校验，请按提示修改后重试。");
        assertThat(problem.getProperties()).containsEntry("code", "VALIDATION_FAILED");
    }

    @Test
    void aSpecificChineseDetailReplacesTheDefault() {
        ProblemDetail problem = Problems.of(ProblemCode.NOT_FOUND, "申报书不存在。");

        assertThat(problem.getDetail()).isEqualTo("申报书不存在。");
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    @Test
    void everyGenericStatusHasACode() {
        assertThat(ProblemCode.forStatus(413)).isEqualTo(ProblemCode.PAYLOAD_TOO_LARGE);
        assertThat(ProblemCode.forStatus(502)).isEqualTo(ProblemCode.INTERNAL_ERROR);
        assertThat(ProblemCode.forStatus(418)).isEqualTo(ProblemCode.MALFORMED_REQUEST);
    }
}
