package com.recomengine.identity.internal;

import com.recomengine.identity.MailSender;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default mail sender: logs that a mail went out (never its body, which may hold a token) and keeps the last
 * mails for the development mailbox page.
 */
@Component
public class LoggingMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);
    private static final int KEPT = 50;

    private final Deque<Delivered> mailbox = new ArrayDeque<>();

    public record Delivered(Instant at, Mail mail) {}

    @Override
    public synchronized void send(Mail mail) {
        log.info("Mail to {}: '{}' (read it at /dev/mailbox)", mail.to(), mail.subject());
        mailbox.addFirst(new Delivered(Instant.now(), mail));
        while (mailbox.size() > KEPT) {
            mailbox.removeLast();
        }
    }

    public synchronized List<Delivered> delivered() {
        return new ArrayList<>(mailbox);
    }
}
