package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.Api;
import com.recomengine.support.HttpTest;
import com.recomengine.support.RawSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests only a raw socket sends, answered as problems: what Tomcat refuses before any filter (bad
 * percent-encoding, {@code %00} in a path, a request line over 8 KB), undecodable query strings, unknown API paths.
 */
class TomcatErrorsTest extends HttpTest {

    @Test
    void badPercentEncodingInThePathIsAProblem() {
        assertTomcatProblem(RawSocket.send(port, "GET /api/v1/catalog/products/%zz HTTP/1.1\r\nHost: localhost"));
    }

    @Test
    void aNulInThePathIsAProblem() {
        assertTomcatProblem(RawSocket.send(port, "GET /api/v1/tenants/%00 HTTP/1.1\r\nHost: localhost"));
    }

    @Test
    void aRequestLineOverTheLimitIsAProblem() {
        assertTomcatProblem(RawSocket.send(
                port, "GET /api/v1/catalog/products?q=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost"));
    }

    @Test
    void anInvalidHeaderIsAProblem() {
        assertTomcatProblem(RawSocket.send(port, "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b"));
    }

    @Test
    void anUndecodableQueryStringIsABadRequestNamingIt() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read");
        for (String query : new String[] {"q=%zz", "q=%FF%FE", "q=%ED%A0%80", "page=%"}) {
            var response = RawSocket.send(
                    port,
                    "GET /api/v1/catalog/products?" + query + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key);
            assertProblem(response, 400);
            assertThat(response.json().get("detail").asString()).containsIgnoringCase("query string");
        }
        var fast = RawSocket.send(
                port, "GET /api/v1/recommendations?userId=%ED%A0%80 HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + key);
        assertProblem(fast, 400);
    }

    @Test
    void unknownApiPathsAre404WhateverTheCredentials() {
        Admin admin = signUpAndLogIn();
        String tenant = createTenant(admin);
        String key = issueKey(admin, tenant, "secret", "read");
        assertProblem(api.get("/api/v1/no-such-thing").send(), 404);
        assertProblem(api.get("/api/v1/no-such-thing").key(key).send(), 404);
        assertProblem(api.get("/api/v1/tenants/" + tenant + "/nothing-here").send(), 404);
        assertProblem(
                api.post("/api/v1/nothing", Map.of())
                        .bearer(admin.accessToken())
                        .send(),
                404);
        assertProblem(api.get("/api/v1/catalog/products").send(), 401);
    }

    @Test
    void catalogSearchWithNoWordsAnswers() {
        Admin admin = signUpAndLogIn();
        String key = issueKey(admin, createTenant(admin), "secret", "read");
        var response = api.get("/api/v1/catalog/products?q=!!!&sort=relevance")
                .key(key)
                .send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void anAcceptTheApiCannotSatisfyStillGetsJson() {
        Admin admin = signUpAndLogIn();
        var response = api.get("/api/v1/tenants")
                .bearer(admin.accessToken())
                .header("Accept", "application/xml")
                .send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    private static void assertTomcatProblem(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }
}
