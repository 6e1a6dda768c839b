/**
 * Widgets: how each placement of a store draws its recommendations (layout, columns, theme, items, price, CTA,
 * strategy), served to the SDK and native apps as a server-driven UI document.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.widgets;
