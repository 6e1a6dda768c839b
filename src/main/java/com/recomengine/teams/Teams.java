package com.recomengine.teams;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminIdentity;
import java.util.List;
import java.util.UUID;

/**
 * Members and invitations of a tenant, for the API and the dashboard. Callers have passed the tenant route's role
 * check; the rules that depend on who acts on whom (only an owner makes or unmakes owners, the last owner stays)
 * are checked here and answered with 403 or 409 problems that change nothing.
 */
public interface Teams {

    List<MemberView> members(TenantId tenant);

    MemberView member(TenantId tenant, UUID memberId);

    /** Mails a link valid 7 days; replaces a pending invitation of the same email; 409 when already a member. */
    InvitationView invite(AdminIdentity by, TenantId tenant, String email, String role);

    List<InvitationView> pendingInvitations(TenantId tenant);

    void revokeInvitation(AdminIdentity by, TenantId tenant, UUID invitationId);

    /** Makes the signed-in person a member; 400 on field {@code token} when unknown, expired, used or revoked. */
    MemberView accept(AdminIdentity by, String token);

    MemberView changeRole(AdminIdentity by, TenantId tenant, UUID memberId, String role);

    void remove(AdminIdentity by, TenantId tenant, UUID memberId);

    /** The signed-in person leaves the tenant; 409 for its last owner. */
    void leave(AdminIdentity by, TenantId tenant);

    /** Makes the member an owner and the calling owner an admin. */
    MemberView transferOwnership(AdminIdentity by, TenantId tenant, UUID memberId);
}
