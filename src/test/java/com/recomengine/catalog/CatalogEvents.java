package com.recomengine.catalog;

import com.recomengine.shared.TenantId;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.event.TransactionalEventListener;

/** Records the catalog's application events once their transaction commits, for tests to count. */
@TestConfiguration(proxyBeanMethods = false)
class CatalogEvents {

    static final Queue<Object> PUBLISHED = new ConcurrentLinkedQueue<>();

    @Bean
    Recorder catalogEventRecorder() {
        return new Recorder();
    }

    static List<ProductsChanged> changed(TenantId tenant) {
        return PUBLISHED.stream()
                .filter(ProductsChanged.class::isInstance)
                .map(ProductsChanged.class::cast)
                .filter(e -> e.tenantId().equals(tenant))
                .toList();
    }

    static List<ProductsRemoved> removed(TenantId tenant) {
        return PUBLISHED.stream()
                .filter(ProductsRemoved.class::isInstance)
                .map(ProductsRemoved.class::cast)
                .filter(e -> e.tenantId().equals(tenant))
                .toList();
    }

    static class Recorder {

        @TransactionalEventListener
        void on(ProductsChanged event) {
            PUBLISHED.add(event);
        }

        @TransactionalEventListener
        void on(ProductsRemoved event) {
            PUBLISHED.add(event);
        }
    }
}
