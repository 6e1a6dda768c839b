package com.recomengine.audit;

import com.recomengine.shared.TenantId;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Records a change to a tenant, in the transaction that makes it (rolled back with it). The actor is the person
 * signed in on the current request (none for the system's own changes); the request id and client address are
 * the current request's. Only the fields whose values differ between {@code before} and {@code after} are kept;
 * fields that name secrets (keys, tokens, passwords) are never stored, whatever a caller passes.
 */
public interface AuditLog {

    void record(
            TenantId tenant,
            String action,
            String targetType,
            Object targetId,
            Map<String, ? extends @Nullable Object> before,
            Map<String, ? extends @Nullable Object> after);

    /** The components of a record (a view, a spec) by name, for {@code before} and {@code after}. */
    static Map<String, @Nullable Object> fieldsOf(Record value) {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                fields.put(component.getName(), component.getAccessor().invoke(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return fields;
    }

    /** A creation: every field is new. */
    default void record(
            TenantId tenant,
            String action,
            String targetType,
            Object targetId,
            Map<String, ? extends @Nullable Object> after) {
        record(tenant, action, targetType, targetId, Map.of(), after);
    }
}
