package org.sgbridge.account.internal;

import org.sgbridge.account.AccountManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

	/** The library's API reference page (not one of ours) injects a style element: allowed there only. */
	static final String SWAGGER_UI_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * The page asked for before sign-in (a link in a mail, a bookmark) is kept in a cookie, not in a
	 * session: an anonymous visitor sent to sign in costs no session row in the database. Only a
	 * page's GET is kept, as Spring Security's default does (not a script's or htmx's request for a
	 * fragment or JSON); {@code SignInPages} reads it back after sign-in and takes its path only.
	 */
	@Bean
	RequestCache requestCache() {
		MediaTypeRequestMatcher json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
		json.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")), new NegatedRequestMatcher(json)));
		cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
		return cache;
	}

	/**
	 * The operations endpoints: health for everyone (a load balancer's check), everything else
	 * (metrics list every route) for administrators only, with a bearer token (a Prometheus
	 * scraper) or a signed-in administrator's session; refusals are problem details.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, AccountManagement accounts, ProblemWriter problems,
			SecurityContextRepository contexts) throws Exception {
		http.securityMatcher("/actuator/**")
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(c -> c.securityContextRepository(contexts))
			.addFilterBefore(new BearerTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.anyRequest().hasRole("ADMIN"))
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(req, res, 401, "unauthenticated"))
				.accessDeniedHandler((req, res, ex) -> problems.write(req, res, 403, "forbidden")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
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
	SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, RequestCache requestCache)
			throws Exception {
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers("/focal-points", "/focal-points/**").authenticated()
				.requestMatchers("/account/**", "/pilot", "/pilot/inbox", "/pilot/requests/**", "/pilot/overview",
						"/pilot/companies/**", "/pilot/criteria/**", "/pilot/focal-points", "/pilot/decision", "/meetings/registrations/**",
						"/meetings/validation", "/meetings/check-in", "/meetings/new", "/meetings/*/edit",
						"/meetings/*/participants.*", "/meetings/*/participant-counts.*", "/meetings/*/documents", "/contributions/**", "/reports/**").authenticated()
				// The OpenAPI description and its reference page (/api/docs leads there) are public.
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.anyRequest().permitAll())
			.securityContext(c -> c.securityContextRepository(contexts))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.disable())
			.exceptionHandling(e -> e.authenticationEntryPoint(
					new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/signin")))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout"))
			.headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new ContentSecurityPolicyHeaderWriter(CSP)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CSP)))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}
}
