package com.recomengine.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.recomengine.shared.problem.ProblemKind;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each kind of problem answers with the status the API has always used for it. */
class ProblemStatusTest {

    @Test
    void everyKindHasItsStatus() {
        Map<ProblemKind, Integer> expected = new EnumMap<>(ProblemKind.class);
        expected.put(ProblemKind.INVALID, 400);
        expected.put(ProblemKind.UNAUTHENTICATED, 401);
        expected.put(ProblemKind.FORBIDDEN, 403);
        expected.put(ProblemKind.NOT_FOUND, 404);
        expected.put(ProblemKind.CONFLICT, 409);
        expected.put(ProblemKind.PRECONDITION_FAILED, 412);
        expected.put(ProblemKind.UNPROCESSABLE, 422);
        expected.put(ProblemKind.TOO_MANY, 429);
        expected.put(ProblemKind.UNAVAILABLE, 503);
        assertThat(expected.keySet()).containsExactly(ProblemKind.values());
        expected.forEach((kind, status) ->
                assertThat(ProblemStatus.of(kind).value()).as(kind.name()).isEqualTo(status));
    }
}
