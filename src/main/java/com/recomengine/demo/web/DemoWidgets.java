package com.recomengine.demo.web;

import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import com.recomengine.tenants.Tenants;
import com.recomengine.widgets.WidgetLayout;
import com.recomengine.widgets.WidgetSpec;
import com.recomengine.widgets.WidgetTheme;
import com.recomengine.widgets.Widgets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * On a development start, gives the demo tenant the widgets its store pages show (home page grid, product page
 * carousel, basket list) when they are missing; widgets an admin changed stay as they are. The demo seeder
 * creates the tenant on the same start, so this waits for its credentials (up to a minute), off the start-up thread.
 * Cards link to the demo store's product pages by absolute URL, so a widget drawn with the demo key on another
 * origin (a merchant's test page) leads to the demo store, not to a missing page of that origin. The widgets
 * carry no font: they inherit the page's.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "recomengine.demo.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class DemoWidgets {

    static final String PRODUCT_PAGE = "/demo/store/product/{productId}";
    private static final WidgetTheme THEME =
            new WidgetTheme("#fbf8f3", "#ffffff", "#1f2933", "#6b7280", "#0f766e", "#ffffff", "#e7e1d8", null, 10);

    static List<WidgetSpec> specs(String productPage) {
        return List.of(
                new WidgetSpec(
                        "home_top",
                        "Picked for you",
                        WidgetLayout.GRID,
                        4,
                        8,
                        true,
                        "View",
                        THEME,
                        null,
                        productPage,
                        "en-GB",
                        null,
                        null),
                new WidgetSpec(
                        "product_detail",
                        "Customers also liked",
                        WidgetLayout.CAROUSEL,
                        4,
                        12,
                        true,
                        "View",
                        THEME,
                        "collaborative",
                        productPage,
                        "en-GB",
                        null,
                        null),
                new WidgetSpec(
                        "cart",
                        "Complete your basket",
                        WidgetLayout.LIST,
                        1,
                        4,
                        true,
                        "View",
                        THEME,
                        "frequently_bought_together",
                        productPage,
                        "en-GB",
                        null,
                        null));
    }

    private static final Logger log = LoggerFactory.getLogger(DemoWidgets.class);
    private static final int ATTEMPTS = 60;

    private final DemoTenant demo;
    private final Tenants tenants;
    private final Widgets widgets;
    private final TaskScheduler scheduler;
    private final Environment environment;

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        scheduler.schedule(() -> ensure(1), Instant.now());
    }

    void ensure(int attempt) {
        try {
            Optional<TenantId> tenant = demo.readNow()
                    .map(DemoTenant.Demo::tenantId)
                    .filter(id -> tenants.settings(id).isPresent());
            if (tenant.isPresent()) {
                String productPage =
                        "http://localhost:" + environment.getProperty("local.server.port", "8080") + PRODUCT_PAGE;
                long created = TenantScope.call(
                        tenant.get(),
                        () -> specs(productPage).stream()
                                .filter(spec -> widgets.createIfMissing(tenant.get(), spec))
                                .count());
                if (created > 0) {
                    log.info("Created {} demo widget(s) for the demo tenant {}", created, tenant.get());
                }
                return;
            }
        } catch (RuntimeException e) {
            log.debug("Demo widgets not created yet: {}", e.toString());
        }
        if (attempt < ATTEMPTS) {
            scheduler.schedule(() -> ensure(attempt + 1), Instant.now().plus(Duration.ofSeconds(1)));
        } else {
            log.warn("The demo tenant did not appear within a minute; the demo store has no widgets of its own");
        }
    }
}
