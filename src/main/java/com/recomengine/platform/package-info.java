/**
 * Shared infrastructure only: security edge, problem responses, rate limits, Redis link, database start-up,
 * observability and health. Modules plug their credentials in through {@link com.recomengine.platform.ApiKeyVerifier}
 * and {@link com.recomengine.platform.AccessTokenVerifier}.
 */
@org.jspecify.annotations.NullMarked
package com.recomengine.platform;
