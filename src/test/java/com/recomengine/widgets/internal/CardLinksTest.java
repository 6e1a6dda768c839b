package com.recomengine.widgets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardLinksTest {

    private final CardLinks links = CardLinks.of("https://shop.example.com", "http://api.local:8080");

    @Test
    void keepsAbsoluteHttpUrlsAndLowersTheirScheme() {
        assertThat(links.absolute("https://cdn.example.com/a.jpg?w=200#x"))
                .isEqualTo("https://cdn.example.com/a.jpg?w=200#x");
        assertThat(links.absolute("  HTTP://Shop.example.com/p/1 ")).isEqualTo("http://Shop.example.com/p/1");
    }

    @Test
    void resolvesPathsAndProtocolRelativeUrlsAgainstThePageOrigin() {
        assertThat(links.absolute("/p/1")).isEqualTo("https://shop.example.com/p/1");
        assertThat(links.absolute("//cdn.example.com/a.jpg")).isEqualTo("https://cdn.example.com/a.jpg");
        assertThat(CardLinks.of(null, "http://api.local:8080").absolute("/p/1")).isEqualTo("http://api.local:8080/p/1");
        assertThat(CardLinks.of("null", "http://api.local:8080").absolute("/p/1"))
                .isEqualTo("http://api.local:8080/p/1");
    }

    @Test
    void refusesOtherSchemesRelativePathsSpacesAndOverlongUrls() {
        assertThat(links.absolute("javascript:alert(1)")).isNull();
        assertThat(links.absolute("data:image/png;base64,AAAA")).isNull();
        assertThat(links.absolute("p/1")).isNull();
        assertThat(links.absolute("https://")).isNull();
        assertThat(links.absolute("https:///path")).isNull();
        assertThat(links.absolute("https://a.example/with space")).isNull();
        assertThat(links.absolute("https://a.example/nbsp\u00a0here")).isNull();
        assertThat(links.absolute("https://a.example/line\u2028sep")).isNull();
        assertThat(links.absolute("https://a.example/bom\ufeff")).isNull();
        assertThat(links.absolute("https://a.example/ctl\u0001")).isNull();
        assertThat(links.absolute("https://a.example/" + "x".repeat(2040))).isNull();
        assertThat(links.absolute("   ")).isNull();
        assertThat(links.absolute(null)).isNull();
    }

    @Test
    void aTemplateEncodesTheProductIdAsAPathSegment() {
        assertThat(links.fromTemplate("/p/{productId}", "a b/ä?"))
                .isEqualTo("https://shop.example.com/p/a%20b%2F%C3%A4%3F");
        assertThat(links.fromTemplate(null, "x")).isNull();
    }
}
