package com.recomengine.dashboard.web;

import com.recomengine.widgets.WidgetTheme;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A colour of the widget form's theme: a hex colour of the widget module's pattern, or empty (the default). */
@Pattern(regexp = "(" + WidgetTheme.COLOR_PATTERN + ")?", message = Colour.MESSAGE)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface Colour {

    String MESSAGE = "A hex colour like #2563eb (or #fff), or empty.";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
