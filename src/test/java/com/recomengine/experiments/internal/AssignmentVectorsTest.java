package com.recomengine.experiments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.experiments.Variant;
import com.recomengine.experiments.internal.stats.SampleRatioCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assignment function against the shared test vectors, which Python's hashlib generated
 * (src/test/resources/experiments/generate_assignment_vectors.py) and Node's crypto re-checked
 * (check_assignment_vectors.mjs); the SDK's tests read the same file.
 */
class AssignmentVectorsTest {

    record Vector(String experimentId, String userId, int trafficSplit, int bucket, String variant) {}

    @Test
    void everyPublishedVectorGetsItsBucketAndVariant() throws IOException {
        List<Vector> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(50);
        for (Vector v : vectors) {
            assertThat(Buckets.bucket(v.experimentId(), v.userId()))
                    .as(v.toString())
                    .isEqualTo(v.bucket());
            assertThat(Buckets.assign(v.experimentId(), v.userId(), v.trafficSplit())
                            .wireName())
                    .as(v.toString())
                    .isEqualTo(v.variant());
        }
    }

    @Test
    void theVectorsCoverTheEdgesTheyClaimTo() throws IOException {
        List<Vector> vectors = vectors();
        assertThat(vectors)
                .anyMatch(v ->
                        v.trafficSplit() == 1 && v.bucket() == 99 && v.variant().equals("control"));
        assertThat(vectors)
                .anyMatch(v -> v.trafficSplit() == 1
                        && v.bucket() == 100
                        && v.variant().equals("variant"));
        assertThat(vectors)
                .anyMatch(v -> v.trafficSplit() == 99
                        && v.bucket() == 9899
                        && v.variant().equals("control"));
        assertThat(vectors)
                .anyMatch(v -> v.trafficSplit() == 99
                        && v.bucket() == 9900
                        && v.variant().equals("variant"));
        assertThat(vectors).anyMatch(v -> v.userId().chars().anyMatch(c -> c > 127));
        assertThat(vectors).anyMatch(v -> v.userId().codePoints().anyMatch(Character::isSupplementaryCodePoint));
        // Half of the hashes start with a set top bit: as a signed long they are negative, which would break a
        // signed remainder; the vectors must contain such rows.
        assertThat(vectors).anyMatch(v -> first8Signed(v.experimentId() + ":" + v.userId()) < 0);
    }

    @Test
    void aLoneSurrogateIsHashedAsTheReplacementCharacterLikeJavaScriptDoes() {
        assertThat(Buckets.bucket("e", "x\uD800")).isEqualTo(Buckets.bucket("e", "x\uFFFD"));
    }

    @Test
    void splitsUsersEvenlyAndIndependentlyAcrossExperiments() {
        int users = 100_000;
        long controlA = 0;
        long same = 0;
        for (int i = 0; i < users; i++) {
            Variant a = Buckets.assign("4f1c2a6e-8b3d-4c57-9a0e-2d7b6f1e9c30", "user-" + i, 50);
            Variant b = Buckets.assign("b7e23ec2-9a41-4a8e-8f0e-6c1d2e3f4a5b", "user-" + i, 50);
            controlA += a == Variant.CONTROL ? 1 : 0;
            same += a == b ? 1 : 0;
        }
        // Deterministic inputs, so these cannot flake: the checks only say the hash behaves like a fair coin.
        assertThat(SampleRatioCheck.of(controlA, users - controlA, 0.5)
                        .orElseThrow()
                        .pValue())
                .isGreaterThan(0.001);
        assertThat(SampleRatioCheck.of(same, users - same, 0.5).orElseThrow().pValue())
                .isGreaterThan(0.001);
    }

    @Test
    void tenPercentSplitSendsTenPercentToControl() {
        int users = 50_000;
        long control = 0;
        for (int i = 0; i < users; i++) {
            control += Buckets.assign("00000000-0000-0000-0000-000000000000", "u" + i, 10) == Variant.CONTROL ? 1 : 0;
        }
        assertThat(SampleRatioCheck.of(control, users - control, 0.1)
                        .orElseThrow()
                        .pValue())
                .isGreaterThan(0.001);
    }

    private static List<Vector> vectors() throws IOException {
        try (InputStream in = AssignmentVectorsTest.class.getResourceAsStream("/experiments/assignment-vectors.json")) {
            assertThat(in).as("assignment-vectors.json on the test classpath").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return root.valueStream()
                    .map(n -> new Vector(
                            n.get("experimentId").asString(),
                            n.get("userId").asString(),
                            n.get("trafficSplit").asInt(),
                            n.get("bucket").asInt(),
                            n.get("variant").asString()))
                    .toList();
        }
    }

    private static long first8Signed(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
