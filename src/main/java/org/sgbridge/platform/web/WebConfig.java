package org.sgbridge.platform.web;

import org.sgbridge.platform.AccountLocales;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(ObjectProvider<AccountLocales> accounts) {
		return new LanguageResolver(accounts);
	}

	/**
	 * Every template is an HTML page, and says so: without this, Thymeleaf labels a page by the
	 * extension of the address it answers (the not-found page for a missing /x.css as text/css).
	 */
	@Bean
	static BeanPostProcessor htmlViews() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver views) {
					views.setForceContentType(true);
				}
				return bean;
			}
		};
	}

	/**
	 * Static files are served from their own paths only ({@code spring.web.resources.add-mappings=false}
	 * turns off Spring Boot's catch-all {@code /**}): with it, every link a page wrote was looked up
	 * as a possible file in the packaged jar (most of a long page's CPU), and an unknown address
	 * searched the class path before it was a 404. The paths are those the templates link to
	 * (StaticFilesTests checks every one); the API reference page's files come with
	 * springdoc's own handler.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Version-agnostic WebJar paths (/webjars/bootstrap/dist/...) through webjars-locator-lite.
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.*").addResourceLocations("classpath:/static/").resourceChain(true);
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
