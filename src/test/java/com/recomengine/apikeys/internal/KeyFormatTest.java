package com.recomengine.apikeys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.security.KeyType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyFormatTest {

    @Test
    void generatedKeysCarryTheirTypePrefixAndAValidChecksum() {
        String live = KeyFormat.generate(KeyType.SECRET);
        String pub = KeyFormat.generate(KeyType.PUBLISHABLE);
        assertThat(live).startsWith("rk_live_").hasSize(8 + 38);
        assertThat(pub).startsWith("rk_pub_").hasSize(7 + 38);
        assertThat(KeyFormat.wellFormed(live)).isTrue();
        assertThat(KeyFormat.wellFormed(pub)).isTrue();
        assertThat(KeyFormat.displayPrefix(live)).isEqualTo(live.substring(0, 12));
    }

    @Test
    void aSingleMistypedCharacterFailsTheChecksum() {
        String key = KeyFormat.generate(KeyType.SECRET);
        char[] chars = key.toCharArray();
        chars[12] = chars[12] == 'a' ? 'b' : 'a';
        assertThat(KeyFormat.wellFormed(new String(chars))).isFalse();
        assertThat(KeyFormat.wellFormed(key.substring(0, key.length() - 1))).isFalse();
        assertThat(KeyFormat.wellFormed("rk_test_" + key.substring(8))).isFalse();
        assertThat(KeyFormat.wellFormed(key.replace('A', '-'))).isEqualTo(!key.contains("A"));
    }

    @Test
    void keysAreUnique() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(KeyFormat.generate(KeyType.SECRET));
        }
        assertThat(keys).hasSize(10_000);
    }
}
