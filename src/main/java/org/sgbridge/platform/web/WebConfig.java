package org.sgbridge.platform.web;

import org.sgbridge.platform.AccountLocales;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(ObjectProvider<AccountLocales> accounts) {
		return new LanguageResolver(accounts);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		// The API says in which language it answered (names, titles, messages), as API.md "Language" has it.
		registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {

			@Override
			public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Object handler) {
				response.setHeader("Content-Language",
						org.springframework.context.i18n.LocaleContextHolder.getLocale().toLanguageTag());
				return true;
			}
		}).addPathPatterns("/api/**");
	}
}
