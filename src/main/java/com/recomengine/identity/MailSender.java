package com.recomengine.identity;

/** Sends mail to admins. The default writes to the log and to the development mailbox at {@code /dev/mailbox}. */
public interface MailSender {

    void send(Mail mail);

    record Mail(String to, String subject, String body) {}
}
