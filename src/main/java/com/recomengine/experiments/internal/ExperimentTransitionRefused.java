package com.recomengine.experiments.internal;

import com.recomengine.shared.problem.ProblemException;
import com.recomengine.shared.problem.ProblemKind;
import java.util.Map;

/** A step the experiment's current state does not allow (e.g. pausing a draft): 409 with the current status. */
class ExperimentTransitionRefused extends ProblemException {

    ExperimentTransitionRefused(ExperimentStatus current, String action) {
        super(
                ProblemKind.CONFLICT,
                "illegal-transition",
                "Conflict",
                "Cannot " + action + " an experiment that is " + current.wireName() + ".",
                Map.of("currentStatus", current.wireName()));
    }
}
