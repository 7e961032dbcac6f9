package cn.dalian.laborbrand.contracts.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload field that a later minor version added: it is optional in the schema (producers of the
 * earlier minors do not send it), so it is an object type that a consumer finds {@code null} in their events.
 * Every field without it was there at the major version's first minor and is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER })
public @interface AddedIn {

    /** The version that added the field, e.g. {@code "1.1"}. */
    String value();
}
