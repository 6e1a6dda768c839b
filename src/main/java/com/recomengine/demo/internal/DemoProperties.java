package com.recomengine.demo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code recomengine.demo.*}: whether a development start seeds the demo tenant, who its admin is, where
 * its real data comes from, whether this start only (re)loads that data and exits ({@code make demo-data}), and how
 * many widget renders a day its made-up widget traffic has. */
@ConfigurationProperties("recomengine.demo")
record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("demo@recomengine.local") String email,
        @DefaultValue("../shared/data/online_retail.csv.gz") String dataFile,
        @DefaultValue("false") boolean reload,
        @DefaultValue("false") boolean exitAfterSeed,
        @DefaultValue("240") int rendersPerDay) {}
