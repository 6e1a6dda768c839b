@org.jspecify.annotations.NullMarked
package com.recomengine.dashboard.web;
