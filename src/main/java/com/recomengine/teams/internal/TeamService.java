package com.recomengine.teams.internal;

import com.recomengine.audit.AuditLog;
import com.recomengine.identity.AdminAccounts;
import com.recomengine.identity.AdminProfile;
import com.recomengine.identity.MailSender;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.AdminIdentity;
import com.recomengine.shared.security.TeamRole;
import com.recomengine.shared.security.TenantPermission;
import com.recomengine.teams.InvitationView;
import com.recomengine.teams.MemberView;
import com.recomengine.teams.Teams;
import com.recomengine.tenants.Tenants;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members and invitations; every change tells the membership directory, so access follows within a second. */
@Service
@EnableConfigurationProperties(TeamsProperties.class)
@RequiredArgsConstructor
class TeamService implements Teams {

    private final Members members;
    private final Invitations invitations;
    private final MembershipDirectory directory;
    private final AdminAccounts accounts;
    private final Tenants tenants;
    private final MailSender mail;
    private final TeamsProperties properties;
    private final AuditLog audit;

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> members(TenantId tenant) {
        return members.of(tenant.value()).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MemberView member(TenantId tenant, UUID memberId) {
        return view(found(tenant, memberId));
    }

    @Override
    @Transactional
    public InvitationView invite(AdminIdentity by, TenantId tenant, String email, String role) {
        TeamRole invited = role(role);
        Member inviter = acting(by, tenant);
        if (invited == TeamRole.OWNER) {
            requireOwner(inviter);
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        boolean member = accounts.findByEmail(address)
                .flatMap(admin -> members.lockByAdmin(tenant.value(), admin.value()))
                .isPresent();
        if (member) {
            throw Problems.conflict("'" + address + "' is a member of this tenant already.");
        }
        invitations.replacePending(tenant.value(), address);
        String token = InvitationTokens.generate();
        Invitation invitation = invitations.add(
                tenant.value(),
                address,
                invited,
                by.id().value(),
                InvitationTokens.hash(token),
                Instant.now().plus(properties.invitationTtl()));
        mail.send(InvitationMail.of(
                by, tenants.profile(by.id(), tenant).name(), invitation, token, properties.publicBaseUrl()));
        audit.record(tenant, "member.invited", "invitation", invitation.id(), Map.of("email", address, "role", role));
        return invitation.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvitationView> pendingInvitations(TenantId tenant) {
        return invitations.pending(tenant.value()).stream()
                .map(Invitation::view)
                .toList();
    }

    @Override
    @Transactional
    public void revokeInvitation(AdminIdentity by, TenantId tenant, UUID invitationId) {
        Invitation invitation = invitations
                .find(tenant.value(), invitationId)
                .filter(i -> i.unusableBecause(Instant.now()) == null)
                .orElseThrow(() -> Problems.notFound("Pending invitation", invitationId));
        invitations.revoke(invitation.id());
        audit.record(
                tenant,
                "invitation.revoked",
                "invitation",
                invitationId,
                Map.of("email", invitation.email(), "status", "pending"),
                Map.of("email", invitation.email(), "status", "revoked"));
    }

    @Override
    @Transactional
    public MemberView accept(AdminIdentity by, String token) {
        Invitation invitation = TenantScope.acrossTenants(
                        "an invitation found by its link",
                        () -> invitations.lockByTokenHash(InvitationTokens.hash(token)))
                .orElseThrow(() -> Problems.invalid("token", "no invitation has this token"));
        String unusable = invitation.unusableBecause(Instant.now());
        if (unusable != null) {
            throw Problems.invalid("token", unusable);
        }
        if (!invitation.email().equals(by.email().toLowerCase(Locale.ROOT))) {
            throw Problems.forbidden("This invitation was sent to another email address: sign in with the account of "
                    + "the address that received it.");
        }
        TenantId tenant = new TenantId(invitation.tenantId());
        try (TenantScope.Entered scope = TenantScope.enter(tenant)) {
            if (members.lockByAdmin(tenant.value(), by.id().value()).isPresent()) {
                throw Problems.conflict("You are a member of this tenant already.");
            }
            tenants.requireExisting(tenant);
            Member member = members.add(tenant.value(), by.id().value(), invitation.role());
            invitations.accepted(invitation.id(), by.id().value());
            directory.changed(tenant);
            MemberView joined = view(member);
            audit.record(tenant, "member.joined", "member", member.id(), described(joined));
            return joined;
        }
    }

    @Override
    @Transactional
    public MemberView changeRole(AdminIdentity by, TenantId tenant, UUID memberId, String role) {
        TeamRole to = role(role);
        Member actor = acting(by, tenant);
        Member member = members.lock(tenant.value(), memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        if (to == TeamRole.OWNER || member.isOwner()) {
            requireOwner(actor);
        }
        if (member.isOwner() && to != TeamRole.OWNER && members.lockOwners(tenant.value()) == 1) {
            throw TeamProblems.lastOwner();
        }
        members.changeRole(member.id(), to);
        directory.changed(tenant);
        MemberView before = view(member);
        MemberView after = view(new Member(member.id(), member.tenantId(), member.adminId(), to, member.joinedAt()));
        audit.record(tenant, "member.role-changed", "member", member.id(), described(before), described(after));
        return after;
    }

    @Override
    @Transactional
    public void remove(AdminIdentity by, TenantId tenant, UUID memberId) {
        Member actor = acting(by, tenant);
        Member member = members.lock(tenant.value(), memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        if (member.isOwner()) {
            requireOwner(actor);
        }
        removeKeepingAnOwner(member, "member.removed");
    }

    @Override
    @Transactional
    public void leave(AdminIdentity by, TenantId tenant) {
        removeKeepingAnOwner(acting(by, tenant), "member.left");
    }

    @Override
    @Transactional
    public MemberView transferOwnership(AdminIdentity by, TenantId tenant, UUID memberId) {
        Member actor = acting(by, tenant);
        requireOwner(actor);
        Member member = members.lock(tenant.value(), memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
        if (member.id().equals(actor.id())) {
            throw Problems.invalid("memberId", "is you: name the member who becomes owner");
        }
        members.changeRole(member.id(), TeamRole.OWNER);
        members.changeRole(actor.id(), TeamRole.ADMIN);
        directory.changed(tenant);
        MemberView owner =
                view(new Member(member.id(), member.tenantId(), member.adminId(), TeamRole.OWNER, member.joinedAt()));
        audit.record(
                tenant,
                "ownership.transferred",
                "member",
                member.id(),
                Map.of("owner", by.email(), "role", member.role().wireName()),
                Map.of("owner", owner.email(), "role", owner.role()));
        return owner;
    }

    private void removeKeepingAnOwner(Member member, String action) {
        if (member.isOwner() && members.lockOwners(member.tenantId()) == 1) {
            throw TeamProblems.lastOwner();
        }
        members.remove(member.id());
        TenantId tenant = new TenantId(member.tenantId());
        directory.changed(tenant);
        audit.record(tenant, action, "member", member.id(), described(view(member)), Map.of());
    }

    /** What the audit log keeps of a membership. */
    private static Map<String, Object> described(MemberView member) {
        return Map.of("email", member.email(), "role", member.role());
    }

    /** The acting admin's membership, read and locked in this transaction (not from the cache). */
    private Member acting(AdminIdentity by, TenantId tenant) {
        return members.lockByAdmin(tenant.value(), by.id().value())
                .orElseThrow(() -> Problems.notFound("Tenant", tenant));
    }

    private static void requireOwner(Member actor) {
        if (!actor.isOwner()) {
            throw Problems.roleNeeded(TenantPermission.OWNERSHIP, actor.role());
        }
    }

    private Member found(TenantId tenant, UUID memberId) {
        return members.find(tenant.value(), memberId).orElseThrow(() -> Problems.notFound("Member", memberId));
    }

    private static TeamRole role(String role) {
        return TeamRole.fromWire(role)
                .orElseThrow(() -> Problems.invalid("role", "must be one of owner, admin, developer, analyst, viewer"));
    }

    private MemberView view(Member member) {
        AdminProfile profile = accounts.profile(new AdminId(member.adminId()))
                .orElse(new AdminProfile(new AdminId(member.adminId()), "", ""));
        return new MemberView(
                member.id(),
                member.tenantId(),
                member.adminId(),
                profile.email(),
                profile.name(),
                member.role().wireName(),
                member.joinedAt());
    }
}
