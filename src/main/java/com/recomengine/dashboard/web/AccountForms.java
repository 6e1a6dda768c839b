package com.recomengine.dashboard.web;

import com.recomengine.identity.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** The account forms of the dashboard: the same rules as the auth API, with messages written for people. */
final class AccountForms {

    private AccountForms() {}

    record Signup(
            @NotBlank(message = "Enter your name.") @Size(max = 100, message = "At most 100 characters.")
            String name,

            @NotBlank(message = "Enter your email address.")
            @Email(message = "Enter an email address like you@shop.com.")
            @Size(max = 320, message = "At most 320 characters.")
            String email,

            @PasswordPolicy.Strong String password) {

        static Signup empty() {
            return new Signup("", "", "");
        }
    }

    record Forgot(
            @NotBlank(message = "Enter the email address of your account.")
            @Size(max = 320, message = "At most 320 characters.")
            String email) {}

    record Reset(
            @NotBlank String token, @PasswordPolicy.Strong String password, String confirmation) {

        boolean confirmed() {
            return Objects.equals(password, confirmation);
        }
    }
}
