package com.recomengine.analytics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The experiments' assignment function as docs/experiments.md publishes it (what the SDK computes too), written
 * here from the text so that the tests do not borrow the server's code: {@code bucket = uint64(first 8 bytes of
 * SHA-256(experimentId + ":" + userId)) mod 10000}, control when {@code bucket < trafficSplit * 100}.
 */
final class AssignmentFunction {

    private AssignmentFunction() {}

    static int bucket(String experimentId, String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8(experimentId + ":" + userId));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, 8).getLong(), 10_000);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 as JavaScript's TextEncoder writes it: a lone surrogate becomes U+FFFD (Java's getBytes writes '?'). */
    private static byte[] utf8(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String variant(String experimentId, String userId, int trafficSplit) {
        return bucket(experimentId, userId) < trafficSplit * 100 ? "control" : "variant";
    }
}
