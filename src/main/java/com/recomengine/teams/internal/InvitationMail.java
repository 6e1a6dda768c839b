package com.recomengine.teams.internal;

import com.recomengine.identity.MailSender;
import com.recomengine.shared.security.AdminIdentity;

/** The mail that carries an invitation's link: who invites, to which tenant and role, until when. */
final class InvitationMail {

    private InvitationMail() {}

    static MailSender.Mail of(
            AdminIdentity by, String tenantName, Invitation invitation, String token, String publicBaseUrl) {
        return new MailSender.Mail(
                invitation.email(),
                "You are invited to " + tenantName + " on RecomEngine",
                by.email() + " invites you to work on " + tenantName + " as "
                        + invitation.role().wireName() + ".\n\n"
                        + "Sign up or log in with this address, then open\n"
                        + publicBaseUrl + "/dashboard/invitations/" + token + "\n\n"
                        + "or POST /api/v1/invitations/" + token + "/accept with your access token.\n"
                        + "The link works once and expires at " + invitation.expiresAt() + ".");
    }
}
