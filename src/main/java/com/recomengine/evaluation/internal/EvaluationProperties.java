package com.recomengine.evaluation.internal;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recomengine.evaluation.*}: whether this start is {@code make eval}'s run ({@code run}), the UCI Online
 * Retail file it evaluates on, the day that splits train from test purchases, and how many shoppers are asked for
 * recommendations at once.
 */
@ConfigurationProperties("recomengine.evaluation")
record EvaluationProperties(
        @DefaultValue("false") boolean run,

        @DefaultValue("../shared/data/online_retail.csv.gz") String dataFile,

        @DefaultValue("2011-11-01") LocalDate split,
        @DefaultValue("4") int threads) {}
