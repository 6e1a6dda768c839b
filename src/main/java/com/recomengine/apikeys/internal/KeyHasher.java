package com.recomengine.apikeys.internal;

import com.recomengine.platform.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/** HMAC-SHA256 of a key with the server secret: what is stored and looked up, so a database leak reveals no key. */
@Component
class KeyHasher {

    private final SecretKeySpec secret;

    KeyHasher(PlatformSecrets secrets) {
        this.secret = new SecretKeySpec(secrets.apiKeyHmacSecret(), "HmacSHA256");
    }

    String hash(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
