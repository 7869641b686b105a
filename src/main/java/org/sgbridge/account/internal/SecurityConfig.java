package org.sgbridge.account.internal;

import org.sgbridge.account.AccountManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem details) and the pages (sign-in
 * form, server sessions kept in the database by Spring Session, CSRF). Access to objects is
 * decided in each module's policy; here only the coarse gates are set.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccountManagement accounts, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(c -> c.securityContextRepository(new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
			.addFilterBefore(new BearerTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
			// Who may make a call at all, before its body is read; per object, each module's service decides.
			.authorizeHttpRequests(ApiAccessRules::apply)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthenticated"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers("/account/**", "/pilot", "/pilot/inbox", "/pilot/requests/**", "/pilot/overview",
						"/pilot/companies/**", "/pilot/criteria/**", "/pilot/focal-points", "/meetings/registrations/**",
						"/meetings/validation", "/meetings/check-in", "/meetings/new", "/meetings/*/edit",
						"/meetings/*/participants.*", "/meetings/*/documents", "/contributions/**", "/reports/**").authenticated()
				.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().permitAll())
			.securityContext(c -> c.securityContextRepository(contexts))
			.formLogin(form -> form.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(
					new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/signin")))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout"))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
