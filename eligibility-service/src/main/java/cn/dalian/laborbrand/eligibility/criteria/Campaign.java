package cn.dalian.laborbrand.eligibility.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A yearly campaign (申报批次): which years units declare figures for, and its deadlines. */
public record Campaign(String code, String title, String noticeReference, int firstDeclaredYear, int lastDeclaredYear,
        LocalDate applicationDeadline, LocalDate forwardingDeadline, int criteriaVersion) {

    /** Which rules decide: the campaign and the version of its criteria, e.g. {@code 2022/v1}. */
    public String ruleSet() {
        return code + "/v" + criteriaVersion;
    }

    /** The years whose figures Attachment 1 asks for (2021 and 2022 in the 2022 campaign). */
    public List<Integer> declaredYears() {
        return IntStream.rangeClosed(firstDeclaredYear, lastDeclaredYear).boxed().toList();
    }
}
