/** The demo store: a small shop, server-rendered, that embeds the SDK exactly as a merchant would. */
@org.jspecify.annotations.NullMarked
package com.recomengine.demo.web;
