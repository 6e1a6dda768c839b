package com.recomengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.support.HttpTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The jar serves the SDK bundled from sdk-js/ at /sdk/v1/, cacheable, to pages of any origin. */
class SdkResourcesTest extends HttpTest {

    @Test
    void servesTheSdkBundleWithAnHourOfCacheAndRevalidation() {
        var script = api.get("/sdk/v1/recomengine.js")
                .header("Origin", "https://shop.example.com")
                .send();
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.body()).contains("RecomEngine").endsWith("//# sourceMappingURL=recomengine.min.js.map\n");
        assertThat(script.header("cache-control")).isEqualTo("max-age=3600, public, stale-while-revalidate=86400");
        assertThat(script.header("access-control-allow-origin")).isEqualTo("*");
        assertThat(script.header("last-modified")).isNotBlank();

        var map = api.get("/sdk/v1/recomengine.min.js.map").send();
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.body()).contains("\"sourcesContent\"");
    }

    @Test
    void servesEachReleaseAtItsOwnUrlCachedForAYear() throws IOException {
        var release =
                new PathMatchingResourcePatternResolver().getResources("classpath:/static/sdk/v1/*/recomengine.js");
        assertThat(release).hasSize(1);
        String version = release[0].getURL().getPath().replaceAll(".*/sdk/v1/([^/]+)/recomengine.js$", "$1");

        var script = api.get("/sdk/v1/" + version + "/recomengine.js").send();
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("cache-control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(script.body())
                .isEqualTo(api.get("/sdk/v1/recomengine.js").send().body());
    }

    @Test
    void answersUnknownSdkFilesWithNotFound() {
        assertThat(api.get("/sdk/v1/nothing.js").send().status()).isEqualTo(404);
        assertThat(api.get("/sdk/v1/../application.properties").send().status()).isIn(400, 404);
    }
}
