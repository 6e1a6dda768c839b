package com.recomengine.support;

import com.recomengine.identity.internal.LoggingMailSender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the token of the newest invitation mailed to an address from the development mailbox. */
public final class InvitationMail {

    private static final Pattern ACCEPT = Pattern.compile("/api/v1/invitations/([A-Za-z0-9_-]+)/accept");

    private InvitationMail() {}

    public static String token(LoggingMailSender mailbox, String email) {
        return mailbox.delivered().stream()
                .filter(d -> d.mail().to().equalsIgnoreCase(email))
                .map(d -> ACCEPT.matcher(d.mail().body()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no invitation mailed to " + email));
    }
}
