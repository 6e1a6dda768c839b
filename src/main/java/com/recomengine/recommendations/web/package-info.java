/** The recommendations API ({@code /api/v1/recommendations}) and the admin rebuild endpoint. */
@org.jspecify.annotations.NullMarked
package com.recomengine.recommendations.web;
