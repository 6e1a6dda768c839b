package com.recomengine.widgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fallback tile of the SDUI document is the one the SDK computes: both check the same vectors. */
class FallbackTilesTest {

    @Test
    void drawsTheInitialsOnTheColourOfTheProductIdAsTheSdkDoes() throws Exception {
        JsonNode vectors = JsonMapper.builder()
                .build()
                .readTree(Files.readString(Path.of("sdk-js/test/fallback-vectors.json")))
                .get("vectors");
        assertThat(vectors.size()).isGreaterThan(3);
        for (JsonNode v : vectors) {
            SduiDocument.Fallback tile = FallbackTiles.of(
                    v.get("productId").asString(), v.get("title").asString());
            assertThat(tile.text()).as(v.toString()).isEqualTo(v.get("text").asString());
            assertThat(tile.background())
                    .as(v.toString())
                    .isEqualTo(v.get("background").asString());
        }
    }

    @Test
    void fallsBackToTheProductIdWhenTheTitleHasNoWord() {
        assertThat(FallbackTiles.initials("***", "gift-box")).isEqualTo("GB");
        assertThat(FallbackTiles.initials("", "--")).isEqualTo("?");
    }
}
