package com.recomengine.recommendations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentBasedStrategyTests {

    private static final ContentBasedStrategy.Settings EVERY_FEATURE =
            new ContentBasedStrategy.Settings(10, 2.0, 1.0, 1.0, 1);

    @Test
    void neighboursAreTheTfIdfCosineOfTheNames() {
        // oak, chair, steel are in 2 of 4 names (idf ln 2); table and lamp in one (no use for similarity)
        InteractionData data = Toy.data()
                .describe("t", ItemContent.named("Oak table"))
                .describe("oc", ItemContent.named("Oak chair"))
                .describe("sc", ItemContent.named("Steel chair"))
                .describe("sl", ItemContent.named("steel LAMP"))
                .build();

        NeighbourTable table = new ContentBasedStrategy(EVERY_FEATURE).build(data);

        assertThat(Toy.row(table, "oc")).containsExactly("t=0.7071", "sc=0.5000");
        assertThat(Toy.row(table, "t")).containsExactly("oc=0.7071");
        assertThat(Toy.row(table, "sl")).containsExactly("sc=0.7071");
    }

    @Test
    void aSharedCategoryOrAttributeMakesItemsAlike() {
        InteractionData data = Toy.data()
                .describe("mug", new ItemContent("Mug", "kitchen", Map.of("colour", "red")))
                .describe("kettle", new ItemContent("Kettle", "kitchen", Map.of("colour", "black")))
                .describe("scarf", new ItemContent("Scarf", "fashion", Map.of("colour", "red")))
                .describe("hat", new ItemContent("Hat", "fashion", Map.of("colour", "green")))
                .build();

        NeighbourTable table = new ContentBasedStrategy(EVERY_FEATURE).build(data);

        // the category weighs twice an attribute
        assertThat(Toy.ids(table, new Recommender(table).similarTo(data.items().indexOf("mug"), 5, i -> false)))
                .containsExactly("kettle", "scarf");
    }

    @Test
    void describesProductsNobodyHasTouchedYet() {
        InteractionData data = Toy.data()
                .bought("u1", "old")
                .describe("old", ItemContent.named("Glass vase large"))
                .describe("new", ItemContent.named("Glass vase small"))
                .describe("other", ItemContent.named("Wooden bowl"))
                .build();

        NeighbourTable table = new ContentBasedStrategy(EVERY_FEATURE).build(data);

        assertThat(Toy.row(table, "new")).hasSize(1).first().asString().startsWith("old=");
    }

    @Test
    void tokensAreLowerCaseWordsWithoutStopWords() {
        assertThat(ContentBasedStrategy.tokens("SET OF 3 Cake-Tins, Pantry design!"))
                .containsExactly("set", "cake", "tins", "pantry", "design");
    }
}
