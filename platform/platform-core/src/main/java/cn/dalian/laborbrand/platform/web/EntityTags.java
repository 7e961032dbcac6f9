package cn.dalian.laborbrand.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/**
 * Versions of editable resources on the wire (RFC 9110): a read answers {@code ETag: "3"}, an edit sends it back
 * as {@code If-Match: "3"}, so that an edit made on a stale copy is refused (412) instead of silently overwriting
 * another person's change; an edit without it is refused too (428).
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,9})\"");

    private EntityTags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names. */
    public static int versionIn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PlatformException(ProblemCode.PRECONDITION_REQUIRED).with("header", IF_MATCH);
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new PlatformException(ProblemCode.VALIDATION_FAILED, "If-Match 请求头应为读取时得到的 ETag，例如 \"3\"。")
                    .with("header", IF_MATCH);
        }
        return Integer.parseInt(tag.group(1));
    }
}
