package com.recomengine.widgets.internal;

import com.recomengine.widgets.WidgetSpec;

/** A widget as served to keys: its configuration, its JSON (serialised once) and the strong ETag of that JSON. */
public record PublishedWidget(WidgetSpec spec, byte[] json, String etag) {}
