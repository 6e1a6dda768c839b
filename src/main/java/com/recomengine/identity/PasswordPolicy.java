package com.recomengine.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: 12 characters or more, at most 128 bytes of UTF-8, not one of the passwords every
 * breach list starts with (a common word or keyboard run with digits and symbols around it, digits only, or a few
 * characters repeated). The API, the dashboard forms and the account service all apply it.
 */
public final class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 128;

    /** Words and keyboard runs that breach lists are full of; a password made of one of them plus digits is refused. */
    private static final Set<String> COMMON = Set.of(
            "password",
            "passw0rd",
            "qwerty",
            "qwertyuiop",
            "qwertyuiopasdf",
            "asdfghjkl",
            "zxcvbnm",
            "azerty",
            "qwertz",
            "abcdefghijkl",
            "abcdefghijklmnop",
            "abc",
            "letmein",
            "welcome",
            "welcomeback",
            "admin",
            "administrator",
            "iloveyou",
            "monkey",
            "dragon",
            "football",
            "baseball",
            "sunshine",
            "princess",
            "superman",
            "batman",
            "starwars",
            "trustno",
            "trustnotrustno",
            "changeme",
            "secret",
            "master",
            "shadow",
            "recomengine",
            "login",
            "hello",
            "freedom",
            "whatever",
            "qazwsx",
            "qazwsxedc",
            "qwe",
            "zaqwsx",
            "onetwothree",
            "passwordpassword",
            "correcthorsebatterystaple");

    private PasswordPolicy() {}

    /** Why the password is refused, or null when it is acceptable. */
    public static @Nullable String problem(@Nullable String password) {
        if (password == null || password.isBlank()) {
            return "Choose a password.";
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return "Use at least " + MIN_CHARACTERS + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Use at most " + MAX_BYTES + " bytes (UTF-8).";
        }
        if (password.chars().distinct().count() < 5) {
            return "Use more different characters.";
        }
        String letters = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        String alphanumeric = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (letters.isEmpty() || COMMON.contains(letters) || COMMON.contains(alphanumeric) || sequence(alphanumeric)) {
            return "This password is too common; choose a less guessable one (a few unrelated words work well).";
        }
        return null;
    }

    /** Runs like 1234567890ab or abcdefghijkl: each character one after the one before. */
    private static boolean sequence(String text) {
        int steps = 0;
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == text.charAt(i - 1) + 1) {
                steps++;
            }
        }
        return steps >= text.length() - 3;
    }

    /** Bean Validation for a password field: the message says what to change. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Check.class)
    public @interface Strong {
        String message() default "Use at least 12 characters and no common password.";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class Check implements ConstraintValidator<Strong, String> {
        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
