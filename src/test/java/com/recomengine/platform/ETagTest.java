package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Optimistic concurrency with ETag and If-Match (SPEC §6) on every single resource: a read answers its version as a
 * strong ETag, a write with a stale one is refused with 412 and changes nothing, and of parallel writers holding the
 * same ETag exactly one wins.
 */
class ETagTest extends HttpTest {

    private static final String STRONG = "\"\\d+\"";

    enum Kind {
        TENANT,
        WIDGET,
        EXPERIMENT,
        RULE,
        PRODUCT
    }

    /**
     * One resource: its path, how to authenticate, how to change its {@code field} to a value (PUT or PATCH), and
     * the ETag its creation answered.
     */
    private record Resource(
            String path, String writeMethod, String field, UnaryOperator<Api.Request> auth, String createdETag) {}

    @ParameterizedTest
    @EnumSource(Kind.class)
    void createAndReadAnswerTheSameStrongETag(Kind kind) {
        Resource resource = create(kind);
        Api.Response read = get(resource);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(resource.createdETag()).matches(STRONG);
        assertThat(read.header("ETag")).isEqualTo(resource.createdETag());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writeWithTheCurrentETagSucceedsAndAnswersTheNewOne(Kind kind) {
        Resource resource = create(kind);
        String before = etagOf(resource);
        String after = written(resource, "First", before).header("ETag");
        assertThat(after).matches(STRONG).isNotEqualTo(before);
        assertThat(etagOf(resource)).isEqualTo(after);
        assertThat(valueOf(resource)).isEqualTo("First");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writeWithAStaleETagIsRefusedWith412AndChangesNothing(Kind kind) {
        Resource resource = create(kind);
        String stale = etagOf(resource);
        String current = written(resource, "Theirs", null).header("ETag");

        assertPreconditionFailed(write(resource, "Mine", stale), current);

        assertThat(valueOf(resource)).isEqualTo("Theirs");
        assertThat(etagOf(resource)).isEqualTo(current);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteWithAStaleETagIsRefusedWith412AndWithTheCurrentOneDeletes(Kind kind) {
        Resource resource = create(kind);
        String stale = etagOf(resource);
        String current = written(resource, "Theirs", null).header("ETag");

        assertPreconditionFailed(delete(resource, stale), current);
        assertThat(get(resource).status()).isEqualTo(200);

        Api.Response deleted = delete(resource, current);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(get(resource).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void wildcardMatchesTheExistingResource(Kind kind) {
        Resource resource = create(kind);
        written(resource, "Any", "*");
        assertThat(valueOf(resource)).isEqualTo("Any");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listOfETagsMatchesWhenOneOfThemIsCurrent(Kind kind) {
        Resource resource = create(kind);
        String current = etagOf(resource);
        written(resource, "Listed", "\"123456\", W/" + current + ", " + current);
        assertThat(valueOf(resource)).isEqualTo("Listed");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void weakETagNeverMatches(Kind kind) {
        Resource resource = create(kind);
        String current = etagOf(resource);
        assertPreconditionFailed(write(resource, "Weak", "W/" + current), current);
        assertThat(etagOf(resource)).isEqualTo(current);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedIfMatchIsRefusedWith400AndChangesNothing(Kind kind) {
        Resource resource = create(kind);
        String current = etagOf(resource);
        String bare = current.replace("\"", "");
        for (String malformed : List.of(bare, "\"" + bare, current + " " + current, "**", "W/" + bare)) {
            Api.Response refused = write(resource, "Malformed", malformed);
            assertProblem(refused, 400);
            assertThat(refused.body()).contains("If-Match");
        }
        assertThat(etagOf(resource)).isEqualTo(current);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void ofParallelWritersWithTheSameETagExactlyOneWins(Kind kind) throws Exception {
        Resource resource = create(kind);
        String etag = etagOf(resource);
        List<Api.Response> answers = ConcurrencyTest.race(i -> () -> write(resource, "Writer " + i, etag));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 409, 412));
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        Api.Response winner =
                answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        assertThat(etagOf(resource)).isEqualTo(winner.header("ETag"));
        assertThat(valueOf(resource))
                .isEqualTo(winner.json().get(resource.field()).asString());
    }

    @ParameterizedTest
    @EnumSource(
            value = Kind.class,
            names = {"WIDGET", "PRODUCT"})
    void ifMatchOnAPutThatWouldCreateIsRefusedWith412(Kind kind) {
        Resource resource = create(kind);
        Resource absent = new Resource(
                resource.path() + "-absent", "PUT", resource.field(), resource.auth(), resource.createdETag());
        assertProblem(write(absent, "Ghost", "*"), 412);
        assertThat(get(absent).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void withoutIfMatchTheLastWriterWins(Kind kind) {
        Resource resource = create(kind);
        written(resource, "One", null);
        written(resource, "Two", null);
        assertThat(valueOf(resource)).isEqualTo("Two");
    }

    private static void assertPreconditionFailed(Api.Response response, String currentETag) {
        assertProblem(response, 412);
        assertThat(response.json().get("type").asString()).endsWith("precondition-failed");
        assertThat(response.json().get("title").asString()).isEqualTo("Precondition failed");
        assertThat(response.json().get("detail").asString()).contains(currentETag);
    }

    private Resource create(Kind kind) {
        Admin admin = signUpAndLogIn();
        UnaryOperator<Api.Request> bearer = r -> r.bearer(admin.accessToken());
        if (kind == Kind.TENANT) {
            Api.Response created = created(bearer.apply(api.post("/api/v1/tenants", Map.of("name", "Shop"))));
            return at("/api/v1/tenants/" + id(created), "PATCH", "name", bearer, created);
        }
        String tenant = "/api/v1/tenants/" + createTenant(admin);
        return switch (kind) {
            case WIDGET -> {
                Api.Response created = created(
                        bearer.apply(api.post(tenant + "/widgets", Map.of("placementId", "home", "title", "Picks"))));
                yield at(tenant + "/widgets/home", "PUT", "title", bearer, created);
            }
            case EXPERIMENT -> {
                Api.Response created = created(bearer.apply(api.post(
                        tenant + "/experiments",
                        Map.of(
                                "name", "Test",
                                "placementId", "home",
                                "controlStrategy", "popular",
                                "variantStrategy", "trending",
                                "primaryMetric", "ctr",
                                "trafficSplit", 50))));
                yield at(tenant + "/experiments/" + id(created), "PATCH", "name", bearer, created);
            }
            case RULE -> {
                Api.Response created =
                        created(bearer.apply(api.post(tenant + "/rules", Map.of("name", "Rule", "action", "exclude"))));
                yield at(tenant + "/rules/" + id(created), "PUT", "name", bearer, created);
            }
            case PRODUCT -> {
                String key = issueKey(admin, tenant.substring(tenant.lastIndexOf('/') + 1), "secret", "read-write");
                UnaryOperator<Api.Request> keyed = r -> r.key(key);
                Api.Response created = created(keyed.apply(api.post(
                        "/api/v1/catalog/products",
                        Map.of("productId", "sku-1", "name", "Candle", "price", 5, "currency", "GBP"))));
                yield at("/api/v1/catalog/products/sku-1", "PATCH", "name", keyed, created);
            }
            case TENANT -> throw new IllegalStateException("created above");
        };
    }

    private static Resource at(
            String path, String writeMethod, String field, UnaryOperator<Api.Request> auth, Api.Response created) {
        return new Resource(path, writeMethod, field, auth, created.header("ETag"));
    }

    private static String id(Api.Response created) {
        return created.json().get("id").asString();
    }

    private static Api.Response created(Api.Request request) {
        Api.Response created = request.send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    private Api.Response get(Resource resource) {
        return resource.auth().apply(api.get(resource.path())).send();
    }

    private String etagOf(Resource resource) {
        Api.Response read = get(resource);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.header("ETag");
    }

    /** The value of the resource's field as read back. */
    private String valueOf(Resource resource) {
        return get(resource).json().get(resource.field()).asString();
    }

    private Api.Response written(Resource resource, String value, String ifMatch) {
        Api.Response written = write(resource, value, ifMatch);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        return written;
    }

    private Api.Response delete(Resource resource, String ifMatch) {
        return resource.auth()
                .apply(api.delete(resource.path()))
                .header("If-Match", ifMatch)
                .send();
    }

    /** Sets the resource's field to the value; with {@code If-Match} when {@code ifMatch} is given. */
    private Api.Response write(Resource resource, String value, String ifMatch) {
        Api.Request request = resource.auth().apply(writeRequest(resource, value));
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
    }

    private Api.Request writeRequest(Resource resource, String value) {
        if (resource.writeMethod().equals("PATCH")) {
            return api.patch(resource.path(), Map.of(resource.field(), value));
        }
        String id = resource.path().substring(resource.path().lastIndexOf('/') + 1);
        Map<String, Object> whole = resource.path().contains("/widgets/")
                ? Map.of("placementId", id, "title", value)
                : resource.path().contains("/rules/")
                        ? Map.of("name", value, "action", "exclude")
                        : Map.of("name", value, "price", 5, "currency", "GBP");
        return api.put(resource.path(), whole);
    }
}
