package cn.dalian.laborbrand.notification.channels;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.dalian.laborbrand.platform.privacy.Masks;

/**
 * Whether an e-mail address or a mobile number can be written to at all, checked before anything is sent (a malformed one
 * fails at once, it never gets better by waiting), and how each is shown in answers.
 */
public final class Addresses {

    /** A mainland mobile number, as the SMS gateway accepts it. */
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    /** The practical form of an address (local part @ a domain with a dot), not every form RFC 5322 allows. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int EMAIL_MAX_LENGTH = 254;

    private Addresses() {
    }

    /** The mobile number as the gateway takes it (spaces, dashes and a +86 prefix dropped), if it is a mainland mobile number. */
    public static Optional<String> mobile(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String digits = number.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The e-mail address, trimmed, if it has the form of one. */
    public static Optional<String> email(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.strip();
        return trimmed.length() <= EMAIL_MAX_LENGTH && !trimmed.contains("..") && EMAIL.matcher(trimmed).matches()
                ? Optional.of(trimmed) : Optional.empty();
    }

    /** An address of the channel as answers show it: {@code 139****5678}, {@code w***@jingang-hr.com}. */
    public static String masked(Channel channel, String address) {
        return channel == Channel.SMS ? Masks.mobile(address) : Masks.email(address);
    }
}
