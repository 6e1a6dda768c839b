package com.recomengine.teams.web;

import com.recomengine.shared.security.AdminRoute;
import com.recomengine.shared.security.Authenticated;
import com.recomengine.teams.MemberView;
import com.recomengine.teams.Teams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@AdminRoute
@Tag(name = "Members", description = "The people of a tenant, their roles, and invitations")
@RequiredArgsConstructor
class InvitationController {

    private final Teams teams;

    @PostMapping("/api/v1/invitations/{token}/accept")
    @Operation(
            summary = "Accept an invitation as the signed-in admin, whose email must be the invited one; the "
                    + "link works once")
    MemberView accept(@PathVariable @Size(max = 100) String token) {
        return teams.accept(Authenticated.admin(), token);
    }
}
