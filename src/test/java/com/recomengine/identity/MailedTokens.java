package com.recomengine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.identity.internal.LoggingMailSender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reset token of the newest mail to an address, read from the development mail sender. */
final class MailedTokens {

    private MailedTokens() {}

    static String newest(LoggingMailSender mailbox, String email) {
        var mail = mailbox.delivered().stream()
                .filter(d -> d.mail().to().equals(email))
                .findFirst()
                .orElseThrow();
        Matcher matcher =
                Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.mail().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
