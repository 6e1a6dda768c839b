package com.recomengine.recommendations.internal;

import com.recomengine.events.ImportTotals;
import com.recomengine.events.InteractionImport;
import com.recomengine.events.InteractionType;
import com.recomengine.events.NewInteraction;
import com.recomengine.recommendations.HistoryImportReport;
import com.recomengine.recommendations.model.eval.Purchase;
import com.recomengine.recommendations.model.eval.RetailLog;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.Problems;
import com.recomengine.tenants.Tenants;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Replays a retail purchase log into a tenant through the real ingestion: each kept line (the offline protocol's
 * filter, {@link RetailLog}) becomes a {@code purchase} event of the customer for the stock code, in the order of
 * its invoice ({@code metadata.orderId}) and the line's amount ({@code metadata.revenue}, quantity × unit price, in
 * {@code metadata.currency}), with an event id made of invoice and stock code so that a replay on the
 * same day stores nothing twice.
 */
@Component
@RequiredArgsConstructor
class PurchaseHistoryReplay {

    private final InteractionImport imports;
    private final Tenants tenants;

    /** The whole log, shifted so that its last invoice falls on today (yesterday if its hour is still ahead). */
    HistoryImportReport replay(TenantId tenant, Path retailLog) {
        long started = System.nanoTime();
        RetailLog.Contents log = read(retailLog);
        LocalDateTime last = log.purchases().stream()
                .map(Purchase::time)
                .max(LocalDateTime::compareTo)
                .orElseThrow(() -> Problems.badRequest("The log holds no purchase the protocol keeps."));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long shift = ChronoUnit.DAYS.between(last.toLocalDate(), now.toLocalDate());
        if (last.plusDays(shift).isAfter(now)) {
            shift--;
        }
        int retentionDays = tenants.settings(tenant)
                .orElseThrow(() -> Problems.notFound("Tenant", tenant))
                .retentionDays();
        LocalDateTime oldest = now.minusDays(retentionDays).plusHours(1);
        long days = shift;
        var kept = log.purchases().stream()
                .filter(p -> p.time().plusDays(days).isAfter(oldest))
                .toList();
        ImportTotals totals = send(tenant, kept, shift);
        return new HistoryImportReport(
                log.lines(),
                log.purchases().size(),
                kept.size(),
                totals.accepted(),
                totals.duplicates(),
                totals.rejected(),
                shift,
                totals.rejections(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Sends these purchases, each shifted by {@code shiftDays}. */
    ImportTotals send(TenantId tenant, Collection<Purchase> purchases, long shiftDays) {
        return imports.ingest(tenant, purchases.stream().map(p -> {
            Instant at = p.time().plusDays(shiftDays).toInstant(ZoneOffset.UTC);
            return new NewInteraction(
                    InteractionType.PURCHASE,
                    p.customer(),
                    p.product(),
                    null,
                    "retail:" + p.invoice() + ":" + p.product(),
                    at,
                    p.revenue() == null
                            ? Map.of("orderId", p.invoice())
                            : Map.of("orderId", p.invoice(), "revenue", p.revenue(), "currency", RetailLog.CURRENCY));
        }));
    }

    static RetailLog.Contents read(Path retailLog) {
        try {
            return RetailLog.read(retailLog);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the purchase log " + retailLog, e);
        }
    }

    static LocalDate lastDay(Collection<Purchase> purchases) {
        return purchases.stream()
                .map(p -> p.time().toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow();
    }
}
