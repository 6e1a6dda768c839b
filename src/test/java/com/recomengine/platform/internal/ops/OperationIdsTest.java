package com.recomengine.platform.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationIdsTest {

    @Test
    void qualifiesGenericVerbsWithTheControllersResource() {
        assertThat(OperationIds.idOf("get", "ProductController")).isEqualTo("getProduct");
        assertThat(OperationIds.idOf("replace", "WidgetAdminController")).isEqualTo("replaceWidget");
        assertThat(OperationIds.idOf("list", "ApiKeyController")).isEqualTo("listApiKeys");
    }

    @Test
    void keepsTheNameOfASpecificHandler() {
        assertThat(OperationIds.idOf("recommend", "RecommendationController")).isEqualTo("recommend");
    }
}
