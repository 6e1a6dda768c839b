package com.recomengine.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Browser pages that need a signed-in session, declared by the module that serves them (a bean of this type): the
 * browser side's security asks for a session on {@code pages} (but for {@code open} among them, such as assets),
 * leaves every other page public, and sends a visitor without a session to the sign-in page of the one module that
 * declares it.
 */
public record SignInPages(
        List<String> pages, List<String> open, @Nullable SignIn signIn) {

    /**
     * The form sign-in: its page (a GET shows the form, a POST signs in), the form's user name field, where a
     * sign-in lands, and the URL that signs out.
     */
    public record SignIn(String page, String usernameField, String home, String signOut) {}

    public SignInPages {
        pages = List.copyOf(pages);
        open = List.copyOf(open);
    }

    /** Pages behind the sign-in another module declares. */
    public static SignInPages of(String... pages) {
        return new SignInPages(List.of(pages), List.of(), null);
    }
}
