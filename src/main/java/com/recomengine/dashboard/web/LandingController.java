package com.recomengine.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what RecomEngine is and where to start. */
@Controller
class LandingController {

    @GetMapping("/")
    String landing() {
        return "dashboard/landing";
    }
}
