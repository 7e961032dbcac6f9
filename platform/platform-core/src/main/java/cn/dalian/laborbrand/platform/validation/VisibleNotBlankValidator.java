package cn.dalian.laborbrand.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * The platform's reading of {@code @NotBlank}, in place of Hibernate Validator's: a text a reader cannot see
 * (zero-width spaces, NBSP) is blank too, not only one of Java whitespace.
 */
public class VisibleNotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text != null && AcceptableText.isVisible(text);
    }
}
