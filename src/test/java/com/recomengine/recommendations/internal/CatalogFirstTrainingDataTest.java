package com.recomengine.recommendations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.recommendations.model.FeedbackType;
import com.recomengine.recommendations.model.InteractionData;
import com.recomengine.recommendations.model.ItemContent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Builds read the catalog before the interactions: describing many new products first must work. */
class CatalogFirstTrainingDataTest {

    @Test
    void describesMoreProductsThanTheInitialCapacityBeforeAnyInteraction() {
        InteractionData.Builder builder = InteractionData.builder(Instant.now());
        for (int i = 0; i < 1_000; i++) {
            builder.describe("p" + i, ItemContent.named("Product " + i));
        }
        builder.add("u", "p999", FeedbackType.PURCHASE, Instant.now(), null);
        InteractionData data = builder.build();
        assertThat(data.items().size()).isEqualTo(1_000);
        assertThat(data.content(999).name()).isEqualTo("Product 999");
        assertThat(data.content(256).name()).isEqualTo("Product 256");
    }
}
