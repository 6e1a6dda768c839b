package com.recomengine.apikeys.internal;

import com.recomengine.shared.security.KeyType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * {@code rk_live_} or {@code rk_pub_}, 32 random base62 characters (190 bits), then a 6-character base62 CRC32 of
 * everything before it. The checksum lets the edge turn away mistyped or made-up keys without any lookup.
 */
final class KeyFormat {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_LENGTH = 32;
    private static final int CHECKSUM_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFormat() {}

    static String generate(KeyType type) {
        StringBuilder key = new StringBuilder(type.prefix());
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return key.append(checksum(key)).toString();
    }

    static boolean wellFormed(String key) {
        KeyType type = typeOf(key);
        if (type == null || key.length() != type.prefix().length() + RANDOM_LENGTH + CHECKSUM_LENGTH) {
            return false;
        }
        for (int i = type.prefix().length(); i < key.length(); i++) {
            if (ALPHABET.indexOf(key.charAt(i)) < 0) {
                return false;
            }
        }
        int split = key.length() - CHECKSUM_LENGTH;
        return checksum(key.substring(0, split)).equals(key.substring(split));
    }

    static KeyType typeOf(String key) {
        for (KeyType type : KeyType.values()) {
            if (key.startsWith(type.prefix())) {
                return type;
            }
        }
        return null;
    }

    /** What lists show: the type prefix and the first four random characters. */
    static String displayPrefix(String key) {
        KeyType type = typeOf(key);
        return key.substring(0, type.prefix().length() + 4);
    }

    private static String checksum(CharSequence body) {
        CRC32 crc = new CRC32();
        crc.update(body.toString().getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] out = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (value % ALPHABET.length()));
            value /= ALPHABET.length();
        }
        return new String(out);
    }
}
