package com.recomengine.widgets.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.widgets.*}: how long an instance keeps a widget configuration before it reads it again (a change
 * made on another instance shows within this time; on this one at once), and how long browsers and CDNs may keep
 * the configuration served to keys ({@code Cache-Control: max-age}).
 */
@ConfigurationProperties("recomengine.widgets")
record WidgetsProperties(
        @DefaultValue("1s") Duration configMaxAge,
        @DefaultValue("60s") Duration clientMaxAge) {

    WidgetsProperties {
        if (configMaxAge.isNegative() || configMaxAge.isZero() || configMaxAge.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("recomengine.widgets.config-max-age must be in (0, 10s]");
        }
        if (clientMaxAge.isNegative()) {
            throw new IllegalArgumentException("recomengine.widgets.client-max-age must not be negative");
        }
    }
}
