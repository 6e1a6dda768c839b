@org.jspecify.annotations.NullMarked
package com.recomengine.experiments.web;
