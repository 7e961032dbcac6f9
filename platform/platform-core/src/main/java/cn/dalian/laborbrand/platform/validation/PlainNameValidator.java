package cn.dalian.laborbrand.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainName}, saying which character is refused. */
public class PlainNameValidator implements ConstraintValidator<PlainName, CharSequence> {

    @Override
    public boolean isValid(CharSequence name, ConstraintValidatorContext context) {
        if (name == null) {
            return true;
        }
        return AcceptableText.refusalInName(name).map(refusal -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
