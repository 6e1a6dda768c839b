package com.recomengine.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.events.InteractionType;
import com.recomengine.events.internal.ParsedInteraction.Rejected;
import com.recomengine.events.internal.ParsedInteraction.Valid;
import com.recomengine.shared.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InteractionParserTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TenantId TENANT = new TenantId(UUID.randomUUID());
    static final Instant NOW = Instant.parse("2025-11-21T10:00:00Z");

    final InteractionParser parser = new InteractionParser(new EventsProperties(
            1000,
            4096,
            Duration.ofMinutes(5),
            2,
            10_000,
            Duration.ofSeconds(10),
            Duration.ofHours(24),
            3,
            90,
            Duration.ofHours(24),
            Duration.ofHours(72)));
    final AcceptanceWindow window = new AcceptanceWindow(NOW, 90, Duration.ofMinutes(5));

    @Test
    void normalisesOffsetsToUtcAndCutsTimestampsToMicroseconds() {
        IncomingInteraction parsed = valid("""
                {"eventType":"view","userId":"u","productId":"p","timestamp":"2025-11-21T11:59:59.1234567+02:00"}""");

        assertThat(parsed.event().timestamp()).isEqualTo(Instant.parse("2025-11-21T09:59:59.123456Z"));
    }

    @Test
    void identifiesAnEventWithoutIdByUserTypeProductAndTimestamp() {
        String event = """
                {"eventType":"view","userId":"u","productId":"p","timestamp":"2025-11-21T09:00:00Z"}""";

        assertThat(valid(event).dedupKey()).isEqualTo(valid(event).dedupKey());
        assertThat(valid(event.replace("\"p\"", "\"q\"")).dedupKey())
                .isNotEqualTo(valid(event).dedupKey());
        assertThat(valid(event.replace("09:00:00Z", "09:00:00.000001Z")).dedupKey())
                .isNotEqualTo(valid(event).dedupKey());
    }

    @Test
    void identifiesAnEventWithIdByItsIdAlone() {
        IncomingInteraction first = valid("""
                {"eventId":"e-1","eventType":"view","userId":"u","productId":"p","timestamp":"2025-11-21T09:00:00Z"}""");
        IncomingInteraction other = valid("""
                {"eventId":"e-1","eventType":"click","userId":"v","productId":"q","timestamp":"2025-11-21T09:00:00Z"}""");

        assertThat(first.dedupKey()).isEqualTo(other.dedupKey());
        assertThat(first.redisKey()).isEqualTo(other.redisKey()).startsWith("dd:{" + TENANT + "}:");
    }

    @Test
    void letsAnImpressionGoWithoutAProductButNoOtherType() {
        assertThat(valid("{\"eventType\":\"impression\",\"userId\":\"u\"}")
                        .event()
                        .type())
                .isEqualTo(InteractionType.IMPRESSION);
        assertThat(rejected("{\"eventType\":\"add_to_cart\",\"userId\":\"u\"}").field())
                .isEqualTo("productId");
    }

    @Test
    void acceptsTimestampsUpToFiveMinutesAheadAndBackToTheRetention() {
        assertThat(parse(at(NOW.plus(Duration.ofMinutes(5))))).isInstanceOf(Valid.class);
        assertThat(parse(at(NOW.plus(Duration.ofMinutes(5)).plusMillis(1)))).isInstanceOf(Rejected.class);
        assertThat(parse(at(NOW.minus(Duration.ofDays(90))))).isInstanceOf(Valid.class);
        assertThat(parse(at(NOW.minus(Duration.ofDays(90)).minusMillis(1)))).isInstanceOf(Rejected.class);
    }

    @Test
    void takesRevenueInCentsOnPurchasesOnly() {
        assertThat(valid("""
                {"eventType":"purchase","userId":"u","productId":"p","metadata":{"revenue":19.995}}""").revenueCents()).isEqualTo(2000);
        assertThat(valid("""
                {"eventType":"view","userId":"u","productId":"p","metadata":{"revenue":19.99}}""").revenueCents()).isZero();
        assertThat(rejected("""
                {"eventType":"purchase","userId":"u","productId":"p","metadata":{"revenue":-1}}""").field()).isEqualTo("metadata.revenue");
        assertThat(rejected("""
                {"eventType":"purchase","userId":"u","productId":"p","metadata":{"currency":"euro"}}""").field()).isEqualTo("metadata.currency");
    }

    @Test
    void refusesNulCharactersThatPostgresqlCannotStore() {
        assertThat(rejected("""
                {"eventType":"view","userId":"u","productId":"p","metadata":{"note":"a\\u0000b"}}""").field()).isEqualTo("metadata");
        assertThat(rejected("{\"eventType\":\"view\",\"userId\":\"u\\u0000\",\"productId\":\"p\"}")
                        .field())
                .isEqualTo("userId");
    }

    @Test
    void refusesIdsThatAreBlankTooLongOrNotStrings() {
        assertThat(rejected("{\"eventType\":\"view\",\"userId\":\"   \",\"productId\":\"p\"}")
                        .field())
                .isEqualTo("userId");
        assertThat(rejected("{\"eventType\":\"view\",\"userId\":42,\"productId\":\"p\"}")
                        .field())
                .isEqualTo("userId");
        assertThat(rejected("{\"eventType\":\"view\",\"userId\":\"u\",\"productId\":\"" + "p".repeat(257) + "\"}")
                        .field())
                .isEqualTo("productId");
        assertThat(valid("{\"eventType\":\"view\",\"userId\":\"ü-ß 名前\",\"productId\":\"" + "p".repeat(256) + "\"}")
                        .event()
                        .userId())
                .isEqualTo("ü-ß 名前");
    }

    private String at(Instant timestamp) {
        return "{\"eventType\":\"view\",\"userId\":\"u\",\"productId\":\"p\",\"timestamp\":\"" + timestamp + "\"}";
    }

    private ParsedInteraction parse(String json) {
        JsonNode node = JSON.readTree(json);
        return parser.parse(node, TENANT, window);
    }

    private IncomingInteraction valid(String json) {
        ParsedInteraction parsed = parse(json);
        assertThat(parsed).isInstanceOf(Valid.class);
        return ((Valid) parsed).interaction();
    }

    private Rejected rejected(String json) {
        ParsedInteraction parsed = parse(json);
        assertThat(parsed).isInstanceOf(Rejected.class);
        return (Rejected) parsed;
    }
}
