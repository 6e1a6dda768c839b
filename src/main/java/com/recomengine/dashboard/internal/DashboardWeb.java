package com.recomengine.dashboard.internal;

import com.recomengine.platform.SignInPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The dashboard's assets (the esbuild bundles in {@code static/dashboard/assets/}) under content-hashed URLs that
 * browsers keep for a year, a content security policy for its pages (scripts of this origin only, so nothing
 * injected into a page can run) and sessions that end when the admin's password changes. The session itself is
 * Spring Session's, kept in PostgreSQL for every instance; its cookie ({@code SESSION}) is HttpOnly and SameSite=Lax.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class DashboardWeb implements WebMvcConfigurer {

    private final CredentialsCheck credentials;

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' https: data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/dashboard/assets/**")
                .addResourceLocations("classpath:/static/dashboard/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader("Content-Security-Policy", POLICY);
                        return true;
                    }
                })
                .addPathPatterns(
                        "/", "/dashboard", "/dashboard/**", "/login", "/signup", "/forgot-password", "/reset-password")
                .excludePathPatterns("/dashboard/assets/**");
        registry.addInterceptor(credentials)
                .addPathPatterns("/dashboard", "/dashboard/**")
                .excludePathPatterns("/dashboard/assets/**");
    }

    /** Rewrites asset links written by templates ({@code @{/dashboard/assets/app.css}}) to their hashed URLs. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> dashboardAssetUrls() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.addUrlPatterns("/", "/dashboard/*", "/login", "/signup", "/forgot-password", "/reset-password");
        return registration;
    }

    /** The dashboard's pages need a session from its sign-in form; its assets are public. */
    @Bean
    SignInPages dashboardSignIn() {
        return new SignInPages(
                List.of("/dashboard", "/dashboard/**"),
                List.of("/dashboard/assets/**"),
                new SignInPages.SignIn("/login", "email", "/dashboard", "/logout"));
    }
}
