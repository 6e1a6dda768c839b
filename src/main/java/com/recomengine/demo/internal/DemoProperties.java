package com.recomengine.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recomengine.demo.*}: whether a development start seeds the demo tenant, and who its admin is. */
@ConfigurationProperties("recomengine.demo")
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("demo@recomengine.local") String email) {}
