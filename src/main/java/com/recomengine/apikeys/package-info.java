/** API keys: issued once, stored as HMAC-SHA256, listed by prefix, revoked softly, verified on every key call. */
@org.jspecify.annotations.NullMarked
package com.recomengine.apikeys;
