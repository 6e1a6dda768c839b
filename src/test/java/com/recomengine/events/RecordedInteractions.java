package com.recomengine.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Collects the {@link InteractionsRecorded} events the application publishes, whatever thread publishes them. */
public class RecordedInteractions {

    private final List<InteractionsRecorded> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InteractionsRecorded recorded) {
        seen.add(recorded);
    }

    public List<InteractionsRecorded> of(com.recomengine.shared.TenantId tenant) {
        return seen.stream().filter(r -> r.tenantId().equals(tenant)).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        RecordedInteractions recordedInteractions() {
            return new RecordedInteractions();
        }
    }
}
