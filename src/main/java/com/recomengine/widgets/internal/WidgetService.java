package com.recomengine.widgets.internal;

import com.recomengine.audit.AuditLog;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.shared.web.IfMatch;
import com.recomengine.shared.web.PageResponse;
import com.recomengine.shared.web.Versioned;
import com.recomengine.tenants.Tenants;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.Widgets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Widget configurations of a tenant, for the admin who owns it, and the {@link Widgets} facade. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class WidgetService implements Widgets {

    /** A saved widget and whether the save created it. */
    public record Saved(Versioned<WidgetView> widget, boolean created) {}

    private final WidgetRepository widgets;
    private final Tenants tenants;
    private final PublishedWidgets published;
    private final AuditLog audit;

    @Transactional
    public Versioned<WidgetView> create(AdminId admin, TenantId tenant, WidgetSpec spec) {
        tenants.requireOwned(admin, tenant);
        if (widgets.findByTenantIdAndPlacementId(tenant.value(), spec.placementId())
                .isPresent()) {
            throw placementTaken(spec.placementId());
        }
        return versioned(insert(tenant, spec));
    }

    @Transactional(readOnly = true)
    public PageResponse<WidgetView> list(AdminId admin, TenantId tenant, int page, int size) {
        tenants.requireOwned(admin, tenant);
        var found = widgets.findByTenantId(tenant.value(), PageRequest.of(page, size, Sort.by("placementId")));
        return PageResponse.of(found, WidgetView::of);
    }

    @Transactional(readOnly = true)
    public Versioned<WidgetView> get(AdminId admin, TenantId tenant, String placementId) {
        tenants.requireOwned(admin, tenant);
        return versioned(owned(tenant, placementId));
    }

    /**
     * Replaces the whole configuration of the placement's widget, creating the widget when there is none; with an
     * {@code If-Match}, only a widget at a version it accepts is replaced (412 otherwise, and when there is none).
     */
    @Transactional
    public Saved replace(AdminId admin, TenantId tenant, WidgetSpec spec, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        Optional<Widget> existing = widgets.findByTenantIdAndPlacementId(tenant.value(), spec.placementId());
        if (existing.isEmpty()) {
            ifMatch.requireNone();
            return new Saved(versioned(insert(tenant, spec)), true);
        }
        Widget widget = existing.get();
        ifMatch.require(widget.version());
        Map<String, @Nullable Object> before = AuditLog.fieldsOf(widget.spec());
        widget.replaceWith(spec);
        audit.record(tenant, "widget.updated", "widget", spec.placementId(), before, AuditLog.fieldsOf(widget.spec()));
        widgets.saveAndFlush(widget);
        published.evictAfterCommit(tenant, spec.placementId());
        return new Saved(versioned(widget), false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WidgetSpec> placements(AdminId admin, TenantId tenant) {
        tenants.requireOwned(admin, tenant);
        return widgets.findByTenantId(tenant.value(), PageRequest.of(0, 500, Sort.by("placementId")))
                .map(Widget::spec)
                .toList();
    }

    @Override
    @Transactional
    public boolean save(AdminId admin, TenantId tenant, WidgetSpec spec) {
        return replace(admin, tenant, spec, IfMatch.NONE).created();
    }

    @Override
    @Transactional
    public void delete(AdminId admin, TenantId tenant, String placementId) {
        delete(admin, tenant, placementId, IfMatch.NONE);
    }

    @Transactional
    public void delete(AdminId admin, TenantId tenant, String placementId, IfMatch ifMatch) {
        tenants.requireOwned(admin, tenant);
        Widget widget = owned(tenant, placementId);
        ifMatch.require(widget.version());
        widgets.delete(widget);
        audit.record(tenant, "widget.deleted", "widget", placementId, AuditLog.fieldsOf(widget.spec()), Map.of());
        published.evictAfterCommit(tenant, placementId);
    }

    /** The widget for an admin's preview: 404 unless the admin owns the tenant and the widget exists. */
    @Override
    @Transactional(readOnly = true)
    public WidgetSpec spec(AdminId admin, TenantId tenant, String placementId) {
        tenants.requireOwned(admin, tenant);
        return owned(tenant, placementId).spec();
    }

    @Override
    public Optional<WidgetSpec> find(TenantId tenant, String placementId) {
        return published.find(tenant, placementId).map(PublishedWidget::spec);
    }

    @Override
    @Transactional
    public boolean createIfMissing(TenantId tenant, WidgetSpec spec) {
        if (widgets.findByTenantIdAndPlacementId(tenant.value(), spec.placementId())
                .isPresent()) {
            return false;
        }
        insert(tenant, spec);
        return true;
    }

    private Widget insert(TenantId tenant, WidgetSpec spec) {
        try {
            Widget widget = widgets.saveAndFlush(new Widget(tenant.value(), spec));
            published.evictAfterCommit(tenant, spec.placementId());
            audit.record(tenant, "widget.created", "widget", spec.placementId(), AuditLog.fieldsOf(widget.spec()));
            return widget;
        } catch (DataIntegrityViolationException e) {
            // Another request created the placement's widget between our check and this insert.
            throw placementTaken(spec.placementId());
        }
    }

    private static Versioned<WidgetView> versioned(Widget widget) {
        return new Versioned<>(WidgetView.of(widget), widget.version());
    }

    private Widget owned(TenantId tenant, String placementId) {
        return widgets.findByTenantIdAndPlacementId(tenant.value(), placementId)
                .orElseThrow(() -> Problems.notFound("Widget", placementId));
    }

    private static RuntimeException placementTaken(String placementId) {
        return Problems.conflict("Placement '" + placementId + "' already has a widget; change it with PUT.");
    }
}
