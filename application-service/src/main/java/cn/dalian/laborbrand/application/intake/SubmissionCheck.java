package cn.dalian.laborbrand.application.intake;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.dalian.laborbrand.application.naming.NameCheck;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * Every check an application must pass before it is handed in, run at once so that the form shows everything to put
 * right together; submitting runs the same checks and refuses with the same list.
 *
 * @param findings   what stands in the way, each naming its field
 * @param nameChecks the proposed names checked against the naming rule of each level asked
 * @param eligibilityPreview what the criteria say of the declared figures (advice, not a finding); absent while the
 *                           figures are incomplete, and when submitting (which does not wait for it)
 */
public record SubmissionCheck(List<Finding> findings, List<NameCheck> nameChecks, EligibilityPreview eligibilityPreview) {

    /**
     * One thing to put right.
     *
     * @param code    stable, for programs (e.g. {@code YEAR_MISSING}, {@code PLACE_MISSING})
     * @param field   the form field it concerns, e.g. {@code declaredYears} or {@code cityBrandName}
     * @param message what is wrong and what to do, in Chinese
     */
    public record Finding(String code, String field, String message) {
    }

    public SubmissionCheck {
        findings = List.copyOf(findings);
        nameChecks = List.copyOf(nameChecks);
    }

    SubmissionCheck(List<Finding> findings, List<NameCheck> nameChecks) {
        this(findings, nameChecks, null);
    }

    SubmissionCheck withPreview(EligibilityPreview preview) {
        return new SubmissionCheck(findings, nameChecks, preview);
    }

    /** Whether nothing stands in the way of submitting. */
    @JsonProperty("ready")
    public boolean ready() {
        return findings.isEmpty();
    }

    /** Refuses with the whole list, as the check endpoint shows it. */
    void requireReady() {
        if (!ready()) {
            throw new PlatformException(IntakeProblem.APPLICATION_INCOMPLETE, "申报书尚未通过提交前检查，请先处理以下 " + findings.size() + " 项："
                    + findings.stream().map(Finding::message).collect(Collectors.joining(""))).with("findings", findings);
        }
    }
}
