package com.recomengine.demo.internal;

import com.recomengine.apikeys.ApiKeys;
import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.evaluation.OnlineRetailCatalog;
import com.recomengine.evaluation.ProductLinks;
import com.recomengine.events.Interactions;
import com.recomengine.identity.AdminAccounts;
import com.recomengine.platform.TenantScope;
import com.recomengine.recommendations.HistoryImportReport;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import com.recomengine.tenants.TenantConfig;
import com.recomengine.tenants.Tenants;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a development start, makes sure the demo admin, tenant and keys exist (creating them on the first start
 * only), lets pages on this machine use the publishable key, prints where to go and how to log in, and loads the
 * demo data in the background when it is missing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "recomengine.demo.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    static final List<String> LOCAL_ORIGINS = List.of("http://localhost:*", "http://127.0.0.1:*");

    private final AdminAccounts accounts;
    private final Tenants tenants;
    private final ApiKeys keys;
    private final Catalog catalog;
    private final OnlineRetailCatalog retail;
    private final Interactions interactions;
    private final RecommendationModels models;
    private final DemoProperties properties;
    private final Environment environment;
    private final DemoTrafficLoader traffic;
    private final DemoKeyChecks checks;
    private final DemoExperiment experiments;
    private volatile @Nullable Thread background;
    private volatile boolean stopping;

    /**
     * The admin, tenant and keys at once, then the banner; the data (catalog, purchase history, widget traffic, a
     * model build) in the background, logged when ready: the first start greets within seconds, not minutes.
     */
    @EventListener(ApplicationReadyEvent.class)
    void seedAndGreet() {
        Path file = dataDir().resolve("demo.properties");
        Optional<DemoCredentials> kept = DemoCredentials.load(file)
                .filter(c -> accounts.findByEmail(c.email()).isPresent());
        DemoCredentials credentials = kept.orElseGet(() -> seed(file));
        TenantId tenant = TenantId.of(credentials.tenantId());
        allowLocalPages(credentials, tenant);
        if (properties.exitAfterSeed()) {
            // make demo-data: the data in the foreground, then the start ends (DemoDataReload tells its exit code).
            TenantScope.run(tenant, () -> loadData(tenant));
            return;
        }
        boolean loading = TenantScope.call(tenant, () -> needsData(tenant));
        greet(credentials, loading);
        if (loading) {
            background = Thread.ofVirtual().name("demo-seeding").start(() -> loadInBackground(credentials, tenant));
        }
    }

    private void loadInBackground(DemoCredentials credentials, TenantId tenant) {
        try {
            long started = System.nanoTime();
            TenantScope.run(tenant, () -> loadData(tenant));
            checks.check(credentials, baseUrl());
            log.info(
                    "Demo data ready in {} s: analytics, widgets and the demo store are live",
                    (System.nanoTime() - started) / 1_000_000_000);
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Demo seeding stopped by the shutdown; the next start completes it");
            } else {
                log.warn("Demo seeding failed: {}", e.toString(), e);
            }
        }
    }

    /** Stops the background seeding before the beans it uses (and the database) go away. */
    @PreDestroy
    void stop() throws InterruptedException {
        Thread running = background;
        if (running != null && running.isAlive()) {
            stopping = true;
            running.interrupt();
            running.join(Duration.ofSeconds(20));
        }
    }

    private boolean needsData(TenantId tenant) {
        return Files.isReadable(Path.of(properties.dataFile()))
                && (properties.reload()
                        || catalog.productCount(tenant) == 0
                        || interactions.count(
                                        tenant, Instant.EPOCH, Instant.now().plus(1, ChronoUnit.DAYS))
                                == 0
                        || !traffic.hasTraffic(tenant));
    }

    /** Pages on this machine may use the demo's publishable key, whatever their port (development only). */
    private void allowLocalPages(DemoCredentials credentials, TenantId tenant) {
        if (tenants.settings(tenant).map(s -> s.allowedOrigins().isEmpty()).orElse(false)) {
            accounts.findByEmail(credentials.email())
                    .ifPresent(admin -> tenants.configure(
                            admin, tenant, new TenantConfig(null, null, LOCAL_ORIGINS, null, null, null)));
        }
    }

    /** The demo store's real catalog (UCI Online Retail), on the first start or when asked to reload. */
    private void loadData(TenantId tenant) {
        Path data = Path.of(properties.dataFile());
        if (!Files.isReadable(data)) {
            log.warn(
                    "Demo data file {} not found: the demo tenant has no catalog (set recomengine.demo.data-file)",
                    data.toAbsolutePath().normalize());
            return;
        }
        if (properties.reload() || catalog.productCount(tenant) == 0) {
            long started = System.nanoTime();
            String base = baseUrl();
            BatchReport report = retail.importInto(
                    tenant,
                    data,
                    new ProductLinks(
                            base + "/demo/images/" + ProductLinks.ID + ".svg",
                            base + "/demo/store/product/" + ProductLinks.ID));
            log.info(
                    "Demo catalog loaded from {}: {} products accepted, {} unchanged, {} rejected in {} ms",
                    data.getFileName(),
                    report.accepted(),
                    report.duplicates(),
                    report.rejected(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        boolean history = loadPurchaseHistory(tenant, data);
        DemoExperiment.@Nullable Window experiment = traffic.hasTraffic(tenant)
                ? null
                : accounts.findByEmail(properties.email())
                        .flatMap(admin -> experiments.ensure(admin, tenant))
                        .orElse(null);
        if (traffic.load(tenant, experiment) || history) {
            buildModels(tenant);
        }
    }

    /**
     * The same file's purchases as the demo tenant's interactions (through the real ingestion, shifted so that the
     * last invoice is today, within the tenant's retention), each line with its revenue. Only on the first start
     * (no interactions yet) or when asked to reload; true when it loaded.
     */
    private boolean loadPurchaseHistory(TenantId tenant, Path data) {
        if (!properties.reload()
                && interactions.count(tenant, Instant.EPOCH, Instant.now().plus(1, ChronoUnit.DAYS)) > 0) {
            return false;
        }
        HistoryImportReport history = models.importPurchaseHistory(tenant, data);
        log.info(
                "Demo purchase history loaded from {}: {} purchases sent (shifted {} days), {} stored, {} duplicates, "
                        + "{} rejected in {} ms",
                data.getFileName(),
                history.sent(),
                history.shiftDays(),
                history.accepted(),
                history.duplicates(),
                history.rejected(),
                history.millis());
        return true;
    }

    /** A model build over what was loaded: recommendations are real from the first page view. */
    private void buildModels(TenantId tenant) {
        try {
            ModelBuildReport build = models.rebuild(tenant);
            log.info(
                    "Demo recommendation models built: {} interactions, {} items in {} ms",
                    build.interactions(),
                    build.items(),
                    build.totalMillis());
        } catch (ProblemException e) {
            log.info("Demo recommendation models are being built already: {}", e.getMessage());
        }
    }

    private DemoCredentials seed(Path file) {
        String password = "demo-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        AdminId admin = accounts.findByEmail(properties.email())
                .orElseGet(() -> accounts.register(properties.email(), password, "Demo Admin"));
        List<TenantId> owned = tenants.ownedBy(admin);
        var tenant = owned.isEmpty() ? tenants.create(admin, "Demo Gift Shop") : owned.getFirst();
        String secret = TenantScope.call(
                        tenant,
                        () -> keys.issueKey(admin, tenant, "Demo server key", KeyType.SECRET, KeyPermission.READ_WRITE))
                .key();
        String publishable = TenantScope.call(
                        tenant,
                        () -> keys.issueKey(
                                admin, tenant, "Demo store key", KeyType.PUBLISHABLE, KeyPermission.PUBLISHABLE))
                .key();
        DemoCredentials credentials =
                new DemoCredentials(properties.email(), password, tenant.toString(), secret, publishable);
        credentials.store(file);
        log.info("Seeded the demo tenant {}", tenant);
        return credentials;
    }

    private Path dataDir() {
        return Path.of(environment.getProperty("recomengine.platform.data-dir", "./.data"));
    }

    /** {@code recomengine.identity.public-base-url} when set, else this start's own port on localhost. */
    private String baseUrl() {
        String configured = environment.getProperty("recomengine.identity.public-base-url");
        return configured != null && !configured.isBlank()
                ? configured.replaceAll("/+$", "")
                : "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }

    private void greet(DemoCredentials c, boolean loading) {
        String base = baseUrl();
        String banner = """

                ──────────────────────────────────────────────────────────────────────
                 RecomEngine is running (development profile, demo data in %s)
                 %s
                   Dashboard      %s/
                   Demo store     %s/demo/store   (the SDK live on the demo tenant's catalog)
                   API docs       %s/docs   (OpenAPI: %s/v3/api-docs)
                   Admin login    %s  /  %s
                   Demo tenant    %s
                   Secret key     %s   (read-write, for servers)
                   Publishable    %s   (for web pages)
                   Try it         curl -H 'X-API-Key: %s' %s/api/v1/key
                ──────────────────────────────────────────────────────────────────────
                """.formatted(
                        dataDir().toAbsolutePath().normalize(),
                        loading
                                ? "The demo data is loading in the background (about a minute): "
                                        + "\"Demo data ready\" follows."
                                : "The demo data is loaded.",
                        base,
                        base,
                        base,
                        base,
                        c.email(),
                        c.password(),
                        c.tenantId(),
                        c.secretKey(),
                        c.publishableKey(),
                        c.secretKey(),
                        base);
        System.out.println(banner);
    }
}
