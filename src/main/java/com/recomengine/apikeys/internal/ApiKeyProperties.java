package com.recomengine.apikeys.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recomengine.apikeys.*}: default per-key limits (a tenant may override them). */
@ConfigurationProperties("recomengine.apikeys")
record ApiKeyProperties(
        @DefaultValue("1000") long readsPerMinute,
        @DefaultValue("500") long writesPerMinute) {}
