package com.recomengine.experiments.internal;

import com.recomengine.shared.problem.Problems;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The conflicts an experiment's lifecycle answers with, each owning its message. */
final class ExperimentConflicts {

    private ExperimentConflicts() {}

    /** Another experiment runs on the placement ({@code running}, when known). */
    static RuntimeException placementBusy(String placementId, @Nullable UUID running) {
        String detail = "Placement '" + placementId + "' already has a running experiment"
                + (running == null ? "" : " (" + running + ")") + "; pause or complete it first.";
        return running == null
                ? Problems.conflict(detail)
                : Problems.conflict(detail, Map.of("runningExperimentId", running.toString()));
    }

    /** A completed experiment without a winner to promote (inconclusive, sample-ratio mismatch) needs the arm named. */
    static RuntimeException noWinner(String verdict) {
        return Problems.conflict(
                "The experiment has no winner to promote (verdict "
                        + verdict + "); name the arm to promote: {\"variant\": \"control\"} or "
                        + "{\"variant\": \"variant\"}.",
                Map.of("verdict", verdict));
    }
}
