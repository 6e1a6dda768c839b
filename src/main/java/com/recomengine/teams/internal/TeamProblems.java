package com.recomengine.teams.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import java.util.Map;

/** The problem of the rule about owners (a role that is not enough is {@code Problems.roleNeeded}). */
final class TeamProblems {

    private TeamProblems() {}

    static ProblemException lastOwner() {
        return new ProblemException(
                ProblemKind.CONFLICT,
                "last-owner",
                "Last owner",
                "A tenant keeps at least one owner: make another member owner first.",
                Map.of());
    }
}
