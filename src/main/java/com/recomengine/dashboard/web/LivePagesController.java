package com.recomengine.dashboard.web;

import com.recomengine.dashboard.internal.LiveFeed;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.TenantAccess;
import com.recomengine.shared.security.TenantPermission;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live events page and its server-sent event stream (the tenant check is the shared one of every page). */
@Controller
@RequestMapping("/dashboard/tenants/{tenantId}/live")
@RequiredArgsConstructor
class LivePagesController {

    private final LiveFeed feed;

    @GetMapping
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    String page(Model model) {
        model.addAttribute(
                "types", List.of("view", "impression", "recommendation_click", "click", "add_to_cart", "purchase"));
        return "dashboard/live/page";
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @TenantAccess(TenantPermission.ANALYTICS_READ)
    @ResponseBody
    SseEmitter stream(
            @PathVariable UUID tenantId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return feed.watch(new TenantId(tenantId), parse(lastEventId));
    }

    private static @Nullable Long parse(@Nullable String id) {
        try {
            return id == null || id.isBlank() ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
