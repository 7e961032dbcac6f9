package cn.dalian.laborbrand.review.objection;

import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.privacy.Masks;
import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/** How the district reaches a person who objected: a mainland mobile number or an e-mail address. */
public record Contact(Kind kind, String value) {

    /** A mainland mobile number: 11 digits starting 13–19. */
    static final String MOBILE = "1[3-9]\\d{9}";
    static final String EMAIL = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    /** What the request accepts, spaces and hyphens in a number aside. */
    public static final String PATTERN = "^\\s*(1[3-9][\\d\\s-]{9,13}|" + EMAIL + ")\\s*$";

    private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE);
    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);

    public enum Kind {
        MOBILE("手机号码"),
        EMAIL("电子邮箱");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The contact as typed, a number's spaces and hyphens and an address's case evened out; anything else is refused. */
    public static Contact parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        String digits = text.replaceAll("[\\s-]", "");
        if (MOBILE_PATTERN.matcher(digits).matches()) {
            return new Contact(Kind.MOBILE, digits);
        }
        if (text.length() <= 100 && EMAIL_PATTERN.matcher(text).matches()) {
            return new Contact(Kind.EMAIL, text.toLowerCase(java.util.Locale.ROOT));
        }
        throw new PlatformException(ProblemCode.VALIDATION_FAILED, "请填写11位手机号码或有效的电子邮箱，以便告知处理结果。")
                .with("field", "contact");
    }

    /** As staff see it: {@code 139****5678}, {@code w***@163.com}. */
    public String masked() {
        if (kind == Kind.MOBILE) {
            return Masks.mobile(value);
        }
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
