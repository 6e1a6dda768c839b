@org.jspecify.annotations.NullMarked
package com.recomengine.tenants.web;
