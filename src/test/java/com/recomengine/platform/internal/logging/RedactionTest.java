package com.recomengine.platform.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void removesKeysTokensAndPasswords() {
        String line = "key rk_live_AbCdEf0123456789xyzXYZ0123456789ab Authorization: Bearer abc.def-ghi "
                + "jwt eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl password=hunter2hunter2 {\"apiKey\":\"s3cr3t\"}";
        String redacted = Redaction.redact(line);
        assertThat(redacted).doesNotContain("rk_live_AbCd", "abc.def-ghi", "eyJhbGci", "hunter2", "s3cr3t");
        assertThat(redacted).contains("[REDACTED]").startsWith("key ");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String line = "Seeded the demo tenant 75d0541f-ff97-4daa-9662-dc2d36bd2993 with 3 keys";
        assertThat(Redaction.redact(line)).isEqualTo(line);
    }
}
