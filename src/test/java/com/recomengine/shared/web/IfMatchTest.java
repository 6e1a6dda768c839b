package com.recomengine.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.recomengine.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTest {

    @Test
    void absentHeaderAsksNothing() {
        IfMatch none = IfMatch.parse(null);
        assertThat(none.present()).isFalse();
        assertThat(none.matches(7)).isTrue();
        none.requireNone();
    }

    @Test
    void wildcardMatchesAnyVersionButNoAbsentResource() {
        IfMatch any = IfMatch.parse(" * ");
        assertThat(any.matches(0)).isTrue();
        assertThat(any.matches(42)).isTrue();
        assertThat(problemOf(any::requireNone)).isEqualTo("precondition-failed");
    }

    @Test
    void listMatchesAnyOfItsStrongTagsOnly() {
        IfMatch list = IfMatch.parse("\"1\", W/\"2\",\t\"a,b\" ,\"3\"");
        assertThat(list.matches(1)).isTrue();
        assertThat(list.matches(3)).isTrue();
        assertThat(list.matches(2)).isFalse();
        assertThat(list.matches(4)).isFalse();
    }

    @Test
    void mismatchNamesTheCurrentETag() {
        assertThatThrownBy(() -> IfMatch.parse("\"1\"").require(2))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo("precondition-failed");
                    assertThat(e.getMessage()).contains("\"2\"");
                    assertThat(e.properties()).containsEntry("currentETag", "\"2\"");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1", "\"1", "1\"", "\"1\" \"2\"", "w/\"1\"", "W/1", "**", "*, \"1\"", "\"a\"b\""})
    void malformedHeaderIsBadRequest(String header) {
        assertThat(problemOf(() -> IfMatch.parse(header))).isEqualTo("validation");
    }

    /** The type of the problem the call ends in, or "none". */
    private static String problemOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.type();
        }
        return "none";
    }
}
