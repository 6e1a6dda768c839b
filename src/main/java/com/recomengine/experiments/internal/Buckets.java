package com.recomengine.experiments.internal;

import com.recomengine.experiments.Variant;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The assignment function shared with the SDK (test vectors in {@code src/test/resources/experiments}):
 * {@code bucket = uint64(first 8 bytes, big-endian, of SHA-256(UTF-8(experimentId + ":" + userId))) mod 10000},
 * control when {@code bucket < trafficSplit * 100}. The 64 bits are read unsigned (a signed remainder would be
 * negative for half the users), strings are hashed as given (no Unicode normalisation), and a lone UTF-16
 * surrogate becomes U+FFFD as in JavaScript's TextEncoder, where plain {@code getBytes} would write '?'.
 */
public final class Buckets {

    public static final int COUNT = 10_000;
    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    private static final MessageDigest SHA_256 = sha256();

    private Buckets() {}

    public static int bucket(String experimentId, String userId) {
        byte[] digest = digest(utf8(experimentId + ":" + userId));
        long first8 = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        return (int) Long.remainderUnsigned(first8, COUNT);
    }

    public static Variant variantOf(int bucket, int trafficSplit) {
        return bucket < trafficSplit * (COUNT / 100) ? Variant.CONTROL : Variant.VARIANT;
    }

    public static Variant assign(String experimentId, String userId, int trafficSplit) {
        return variantOf(bucket(experimentId, userId), trafficSplit);
    }

    private static byte[] digest(byte[] input) {
        try {
            // A clone of a prepared digest is much cheaper than a provider lookup per call, and is thread-confined.
            return ((MessageDigest) SHA_256.clone()).digest(input);
        } catch (CloneNotSupportedException e) {
            return sha256().digest(input);
        }
    }

    private static byte[] utf8(String text) {
        if (!hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 encoding with replacement cannot fail", e);
        }
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
