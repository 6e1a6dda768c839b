package com.recomengine.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the browser SDK that the build bundles from {@code sdk-js/} into {@code static/sdk/v1/}.
 * <p>
 * {@code /sdk/v1/recomengine.js} is the URL merchants paste into their pages; it follows every release of API
 * version 1, so browsers keep it an hour and may use a stale copy for a day while they revalidate: a fix reaches
 * every shop within the hour without costing a download per page. {@code /sdk/v1/{release}/recomengine.js}
 * never changes and is cached for a year. Any origin may fetch the files (script tags with {@code crossorigin}
 * and Subresource Integrity need that).
 */
@Configuration(proxyBeanMethods = false)
class SdkResources implements WebMvcConfigurer {

    static final CacheControl FOLLOWS_RELEASES = CacheControl.maxAge(Duration.ofHours(1))
            .staleWhileRevalidate(Duration.ofDays(1))
            .cachePublic();
    static final CacheControl ONE_RELEASE =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final String LOCATION = "classpath:/static/sdk/v1/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/sdk/v1/*").addResourceLocations(LOCATION).setCacheControl(FOLLOWS_RELEASES);
        registry.addResourceHandler("/sdk/v1/*/*")
                .addResourceLocations(LOCATION)
                .setCacheControl(ONE_RELEASE);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader("Access-Control-Allow-Origin", "*");
                        return true;
                    }
                })
                .addPathPatterns("/sdk/**");
    }
}
