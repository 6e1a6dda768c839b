package com.recomengine.platform;

import java.util.Optional;

/** Resolves a presented API key to what it may do; implemented by the apikeys module. Must be cheap when warm. */
public interface ApiKeyVerifier {

    /** The verified key, or empty when the key is unknown, malformed or revoked. */
    Optional<VerifiedKey> verify(String presentedKey);
}
