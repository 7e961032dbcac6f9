package cn.dalian.laborbrand.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name people read and compare (a brand, a unit, a holiday): one line of text with no invisible format
 * character, so that two names that look alike are alike ({@link AcceptableText#refusalInName}). Null is valid:
 * whether a name is required is {@code @NotBlank}'s say.
 */
@Documented
@Constraint(validatedBy = PlainNameValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainName {

    String message() default "名称格式不正确";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
