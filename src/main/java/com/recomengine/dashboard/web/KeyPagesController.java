package com.recomengine.dashboard.web;

import com.recomengine.apikeys.ApiKeySummary;
import com.recomengine.apikeys.ApiKeys;
import com.recomengine.apikeys.IssuedKey;
import com.recomengine.dashboard.internal.DashboardAdmin;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.security.KeyType;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A tenant's API keys: issue (the whole key is shown on the page the form redirects to, and never again), list by
 * prefix with the last use, revoke after a confirmation page.
 */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/keys")
@RequiredArgsConstructor
class KeyPagesController {

    private final ApiKeys keys;

    /** The key just issued, carried to the next page only (a flash attribute), with its ready-made snippet. */
    /** Shown once after the redirect: a flash attribute, so it goes through the shared session and is serializable. */
    record NewKey(String name, String key, boolean publishable, String snippet) implements java.io.Serializable {}

    @GetMapping
    @TenantAccess(TenantPermission.KEYS)
    String list(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @RequestParam(defaultValue = "false") boolean revoked,
            Model model) {
        List<ApiKeySummary> all = keys.keysOf(admin.id(), new TenantId(tenantId));
        model.addAttribute(
                "keys", revoked ? all : all.stream().filter(k -> !k.revoked()).toList());
        model.addAttribute(
                "revokedCount", all.stream().filter(ApiKeySummary::revoked).count());
        model.addAttribute("showRevoked", revoked);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", KeyForm.blank());
        }
        return "dashboard/keys/list";
    }

    @PostMapping
    @TenantAccess(TenantPermission.KEYS)
    String issue(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @Valid @ModelAttribute("form") KeyForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!form.permissionValid()) {
            errors.rejectValue("permissions", "permission", "Choose read or read-write.");
        }
        if (errors.hasErrors()) {
            return list(admin, tenantId, false, model);
        }
        IssuedKey issued = keys.issueKey(
                admin.id(), new TenantId(tenantId), form.name().strip(), form.keyType(), form.permission());
        boolean publishable = form.keyType() == KeyType.PUBLISHABLE;
        redirect.addFlashAttribute(
                "newKey",
                new NewKey(
                        form.name().strip(),
                        issued.key(),
                        publishable,
                        publishable ? snippet(request, issued.key()) : ""));
        return "redirect:/dashboard/tenants/" + tenantId + "/keys";
    }

    @GetMapping("/{keyId}/revoke")
    @TenantAccess(TenantPermission.KEYS)
    String confirmRevoke(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID keyId,
            Model model) {
        model.addAttribute("key", find(admin, tenantId, keyId));
        return "dashboard/keys/revoke";
    }

    @PostMapping("/{keyId}/revoke")
    @TenantAccess(TenantPermission.KEYS)
    String revoke(
            @AuthenticationPrincipal DashboardAdmin admin,
            @PathVariable UUID tenantId,
            @PathVariable UUID keyId,
            RedirectAttributes redirect) {
        ApiKeySummary key = find(admin, tenantId, keyId);
        keys.revokeKey(admin.id(), new TenantId(tenantId), keyId);
        redirect.addFlashAttribute(
                "notice",
                "Key '" + key.name() + "' (" + key.prefix() + "…) revoked: every instance refuses it within a second.");
        return "redirect:/dashboard/tenants/" + tenantId + "/keys";
    }

    private ApiKeySummary find(DashboardAdmin admin, UUID tenantId, UUID keyId) {
        return keys.keysOf(admin.id(), new TenantId(tenantId)).stream()
                .filter(k -> k.keyId().equals(keyId))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("API key", keyId));
    }

    static String snippet(HttpServletRequest request, String key) {
        String base = ServletUriComponentsBuilder.fromContextPath(request)
                .replacePath("")
                .replaceQuery(null)
                .build()
                .toUriString();
        return "<script src=\"" + base + "/sdk/v1/recomengine.js\" data-api-key=\"" + key + "\" async></script>\n"
                + "<div data-recomengine-placement=\"home_top\"></div>";
    }
}
