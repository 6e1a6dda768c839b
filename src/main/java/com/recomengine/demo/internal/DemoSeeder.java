package com.recomengine.demo.internal;

import com.recomengine.apikeys.ApiKeys;
import com.recomengine.catalog.BatchReport;
import com.recomengine.catalog.Catalog;
import com.recomengine.events.Interactions;
import com.recomengine.identity.AdminAccounts;
import com.recomengine.recommendations.HistoryImportReport;
import com.recomengine.recommendations.ModelBuildReport;
import com.recomengine.recommendations.RecommendationModels;
import com.recomengine.shared.AdminId;
import com.recomengine.shared.TenantId;
import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.security.KeyPermission;
import com.recomengine.shared.security.KeyType;
import com.recomengine.tenants.Tenants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a development start, makes sure the demo admin, tenant and keys exist (creating them on the first start
 * only) and prints where to go and how to log in.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "recomengine.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final AdminAccounts accounts;
    private final Tenants tenants;
    private final ApiKeys keys;
    private final Catalog catalog;
    private final Interactions interactions;
    private final RecommendationModels models;
    private final ConfigurableApplicationContext context;
    private final DemoProperties properties;
    private final Environment environment;

    DemoSeeder(
            AdminAccounts accounts,
            Tenants tenants,
            ApiKeys keys,
            Catalog catalog,
            Interactions interactions,
            RecommendationModels models,
            DemoProperties properties,
            Environment environment,
            ConfigurableApplicationContext context) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.interactions = interactions;
        this.models = models;
        this.context = context;
        this.tenants = tenants;
        this.keys = keys;
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedAndGreet() {
        Path file = dataDir().resolve("demo.properties");
        Optional<DemoCredentials> kept = DemoCredentials.load(file)
                .filter(c -> accounts.findByEmail(c.email()).isPresent());
        DemoCredentials credentials = kept.orElseGet(() -> seed(file));
        loadData(TenantId.of(credentials.tenantId()));
        if (properties.exitAfterSeed()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        greet(credentials);
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
            BatchReport report = catalog.importOnlineRetail(tenant, data);
            log.info(
                    "Demo catalog loaded from {}: {} products accepted, {} unchanged, {} rejected in {} ms",
                    data.getFileName(),
                    report.accepted(),
                    report.duplicates(),
                    report.rejected(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        loadPurchaseHistory(tenant, data);
    }

    /**
     * The same file's purchases as the demo tenant's interactions (through the real ingestion, shifted so that the
     * last invoice is today, within the tenant's retention), then a model build: recommendations are real from
     * the first page view. Only on the first start (no interactions yet) or when asked to reload.
     */
    private void loadPurchaseHistory(TenantId tenant, Path data) {
        if (!properties.reload()
                && interactions.count(tenant, Instant.EPOCH, Instant.now().plus(1, ChronoUnit.DAYS)) > 0) {
            return;
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
        String secret = keys.issueKey(admin, tenant, "Demo server key", KeyType.SECRET, KeyPermission.READ_WRITE)
                .key();
        String publishable = keys.issueKey(
                        admin, tenant, "Demo store key", KeyType.PUBLISHABLE, KeyPermission.PUBLISHABLE)
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

    private void greet(DemoCredentials c) {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String banner = """

                ──────────────────────────────────────────────────────────────────────
                 RecomEngine is running (development profile, demo data in %s)
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
