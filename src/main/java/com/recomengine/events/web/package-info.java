@org.jspecify.annotations.NullMarked
package com.recomengine.events.web;
