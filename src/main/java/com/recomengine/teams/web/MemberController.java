package com.recomengine.teams.web;

import static com.recomengine.shared.security.TenantPermission.MEMBERS_MANAGE;
import static com.recomengine.shared.security.TenantPermission.MEMBERS_READ;
import static com.recomengine.shared.security.TenantPermission.OWNERSHIP;

import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.teams.InvitationView;
import com.recomengine.teams.MemberView;
import com.recomengine.teams.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@RequestMapping("/api/v1/tenants/{tenantId}")
@Tag(name = "Members", description = "The people of a tenant, their roles, and invitations")
@RequiredArgsConstructor
class MemberController {

    static final String ROLES = "owner|admin|developer|analyst|viewer";
    static final String ROLES_MESSAGE = "must be one of owner, admin, developer, analyst, viewer";

    private final Teams teams;

    record Invite(
            @NotBlank @Email @Size(max = 320) String email,

            @NotBlank @Pattern(regexp = ROLES, message = ROLES_MESSAGE)
            String role) {}

    record ChangeRole(
            @NotBlank @Pattern(regexp = ROLES, message = ROLES_MESSAGE)
            String role) {}

    record Transfer(@NotNull UUID memberId) {}

    @GetMapping("/members")
    @TenantAccess(MEMBERS_READ)
    @Operation(summary = "List the tenant's members with their roles")
    PageResponse<MemberView> list(@PathVariable UUID tenantId) {
        return PageResponse.ofAll(teams.members(new TenantId(tenantId)));
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @TenantAccess(MEMBERS_MANAGE)
    @Operation(
            summary = "Invite someone by email with a role: a single-use link valid 7 days; inviting the same "
                    + "address again replaces the earlier link")
    InvitationView invite(@PathVariable UUID tenantId, @Valid @RequestBody Invite body) {
        return teams.invite(Authenticated.admin(), new TenantId(tenantId), body.email(), body.role());
    }

    @GetMapping("/members/{memberId}")
    @TenantAccess(MEMBERS_READ)
    @Operation(summary = "One member")
    MemberView get(@PathVariable UUID tenantId, @PathVariable UUID memberId) {
        return teams.member(new TenantId(tenantId), memberId);
    }

    @PatchMapping("/members/{memberId}")
    @TenantAccess(MEMBERS_MANAGE)
    @Operation(
            summary = "Change a member's role (only an owner makes or unmakes owners; the last owner stays one); "
                    + "it takes effect within a second on every instance")
    MemberView changeRole(
            @PathVariable UUID tenantId, @PathVariable UUID memberId, @Valid @RequestBody ChangeRole body) {
        return teams.changeRole(Authenticated.admin(), new TenantId(tenantId), memberId, body.role());
    }

    @DeleteMapping("/members/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @TenantAccess(MEMBERS_MANAGE)
    @Operation(summary = "Remove a member: their access ends within a second on every instance")
    void remove(@PathVariable UUID tenantId, @PathVariable UUID memberId) {
        teams.remove(Authenticated.admin(), new TenantId(tenantId), memberId);
    }

    @DeleteMapping("/membership")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @TenantAccess(MEMBERS_READ)
    @Operation(summary = "Leave the tenant (refused for its last owner)")
    void leave(@PathVariable UUID tenantId) {
        teams.leave(Authenticated.admin(), new TenantId(tenantId));
    }

    @PostMapping("/ownership")
    @TenantAccess(OWNERSHIP)
    @Operation(summary = "Transfer ownership: the member becomes owner, the calling owner becomes admin")
    MemberView transfer(@PathVariable UUID tenantId, @Valid @RequestBody Transfer body) {
        return teams.transferOwnership(Authenticated.admin(), new TenantId(tenantId), body.memberId());
    }

    @GetMapping("/invitations")
    @TenantAccess(MEMBERS_MANAGE)
    @Operation(summary = "The pending invitations")
    PageResponse<InvitationView> invitations(@PathVariable UUID tenantId) {
        return PageResponse.ofAll(teams.pendingInvitations(new TenantId(tenantId)));
    }

    @DeleteMapping("/invitations/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @TenantAccess(MEMBERS_MANAGE)
    @Operation(summary = "Revoke a pending invitation: its link stops working")
    void revoke(@PathVariable UUID tenantId, @PathVariable UUID invitationId) {
        teams.revokeInvitation(Authenticated.admin(), new TenantId(tenantId), invitationId);
    }
}
