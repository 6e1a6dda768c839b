package com.recomengine.identity.internal;

import com.recomengine.platform.SignInPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The development mailbox shows a signed-in admin their own mail: its pages need a session. */
@Configuration(proxyBeanMethods = false)
class IdentityPages {

    @Bean
    SignInPages devMailboxSignIn() {
        return SignInPages.of("/dev/**");
    }
}
