package com.recomengine.experiments.internal;

import com.recomengine.shared.problem.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A step the experiment's current state does not allow (e.g. pausing a draft): 409 with the current status. */
class ExperimentTransitionRefused extends ProblemException {

    ExperimentTransitionRefused(ExperimentStatus current, String action) {
        super(
                HttpStatus.CONFLICT,
                "illegal-transition",
                "Conflict",
                "Cannot " + action + " an experiment that is " + current.wireName() + ".",
                Map.of("currentStatus", current.wireName()));
    }
}
