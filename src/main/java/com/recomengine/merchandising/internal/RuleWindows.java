package com.recomengine.merchandising.internal;

import com.recomengine.merchandising.RulesChanged;
import com.recomengine.platform.TenantScope;
import com.recomengine.shared.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rule whose validity window opens or closes changes answers without anyone saving anything: every instance
 * looks for windows that opened or closed since it last looked and announces those tenants' rules as changed
 * (several instances announcing the same boundary only invalidate twice).
 */
@Component
class RuleWindows {

    private static final Logger log = LoggerFactory.getLogger(RuleWindows.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private Instant checkedUpTo;

    RuleWindows(
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.checkedUpTo = this.clock.instant();
    }

    @Scheduled(fixedDelayString = "${recomengine.merchandising.window-check:500ms}")
    void announceBoundariesCrossed() {
        Instant now = clock.instant();
        try {
            Instant since = checkedUpTo;
            List<UUID> tenants = TenantScope.acrossTenants(
                    "tenants whose rule windows opened or closed",
                    () -> jdbc.queryForList(
                            "SELECT DISTINCT tenant_id FROM merchandising_rules WHERE enabled AND"
                                    + " ((active_from > ? AND active_from <= ?) OR (active_to > ? AND active_to <= ?))",
                            UUID.class,
                            Timestamp.from(since),
                            Timestamp.from(now),
                            Timestamp.from(since),
                            Timestamp.from(now)));
            transactions.executeWithoutResult(
                    status -> tenants.forEach(t -> events.publishEvent(new RulesChanged(new TenantId(t)))));
            checkedUpTo = now;
        } catch (DataAccessException e) {
            log.debug("Rule windows not checked: {}", e.getMessage());
        }
    }
}
