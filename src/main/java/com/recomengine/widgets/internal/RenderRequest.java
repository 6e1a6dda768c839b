package com.recomengine.widgets.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who a widget is drawn for and where: the shopper (user id, the SDK's anonymous assignment id), the anchor product,
 * the page's {@code Origin} header (already checked by the key filter) and the API's own origin, against which
 * relative product URLs resolve, and the shopper's locale for prices when the widget names none.
 */
public record RenderRequest(
        @Nullable String userId,
        @Nullable String productId,
        @Nullable String assignmentId,
        @Nullable String originHeader,
        String requestOrigin,
        Locale shopperLocale) {}
