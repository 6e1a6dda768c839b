package com.recomengine.audit.internal;

import com.recomengine.audit.AuditEntry.Change;
import com.recomengine.audit.AuditLog;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.security.AdminIdentity;
import com.recomengine.shared.security.Authenticated;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Appends entries to {@code audit_entries}; the database refuses to change or remove them (but the yearly purge). */
@Component
@RequiredArgsConstructor
class AuditRecorder implements AuditLog {

    private static final Pattern SECRET = Pattern.compile(".*(key|token|password|secret|hash).*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    @Override
    public void record(
            TenantId tenant,
            String action,
            String targetType,
            Object targetId,
            Map<String, ? extends @Nullable Object> before,
            Map<String, ? extends @Nullable Object> after) {
        Optional<AdminIdentity> actor = Authenticated.person();
        HttpServletRequest request = currentRequest();
        // In the tenant's scope: a tenant's creation records its first entry before any request scope names it.
        TenantScope.run(
                tenant,
                () -> jdbc.sql(
                                "INSERT INTO audit_entries (tenant_id, actor_id, actor_email, action, target_type, target_id,"
                                        + " changes, request_id, ip) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
                        .params(
                                tenant.value(),
                                actor.map(a -> a.id().value()).orElse(null),
                                actor.map(AdminIdentity::email).orElse(null),
                                action,
                                targetType,
                                String.valueOf(targetId),
                                JSON.writeValueAsString(changed(before, after)),
                                MDC.get("requestId"),
                                request == null ? null : request.getRemoteAddr())
                        .update());
    }

    /** The fields whose values differ, secrets left out. */
    static Map<String, Change> changed(
            Map<String, ? extends @Nullable Object> before, Map<String, ? extends @Nullable Object> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object was = before.get(field);
            Object is = after.get(field);
            if (!Objects.equals(was, is)
                    && !SECRET.matcher(field.toLowerCase(Locale.ROOT)).matches()) {
                changes.put(field, new Change(plain(was), plain(is)));
            }
        }
        return changes;
    }

    /** Values as JSON has them: enums and ids as strings, collections and numbers as they are. */
    private static @Nullable Object plain(@Nullable Object value) {
        if (value == null
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof java.util.Collection) {
            return value;
        }
        return value.toString();
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
