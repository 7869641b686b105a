package org.sgbridge.account.internal;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.sgbridge.platform.Actor;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may make a call at all, decided before its body is read (API.md "Roles"): a caller who may
 * not gets 401 or 403 whatever the body holds, and only a caller who may has its body judged.
 * These are the coarse gates by route; the services still decide per object (a DFP's own state,
 * an organisation's members), and repeat these checks for any other way in.
 */
final class ApiAccessRules {

	/** Calls anyone may make without signing in: signing up and in, a password reset, an expression of interest. */
	static final String[][] PUBLIC_WRITES = { { "POST", "/api/v1/accounts" }, { "POST", "/api/v1/accounts/verification" },
			{ "POST", "/api/v1/tokens" }, { "POST", "/api/v1/password-resets" },
			{ "POST", "/api/v1/password-resets/confirmation" }, { "POST", "/api/v1/expressions-of-interest" } };

	/** Calls of the secretariat (and so of administrators) only. */
	static final String[][] SECRETARIAT = { { "POST", "/api/v1/meetings" }, { "PUT", "/api/v1/meetings/*" },
			{ "POST", "/api/v1/decisions" }, { "PUT", "/api/v1/member-states/*/focal-points" },
			{ "PATCH", "/api/v1/member-states/*" }, { "PUT", "/api/v1/organizations/*/focal-points" },
			{ "POST", "/api/v1/study-groups/*/appointments" }, { "DELETE", "/api/v1/appointments/*" },
			{ "POST", "/api/v1/pilot/terms/period" }, { "PUT", "/api/v1/pilot/terms/study-groups" },
			{ "GET", "/api/v1/expressions-of-interest" }, { "POST", "/api/v1/expressions-of-interest/*/invitation" },
			{ "POST", "/api/v1/contributions/*/publication" }, { "POST", "/api/v1/fellowship-calls" },
			{ "POST", "/api/v1/fellowship-applications/*/award" } };

	private ApiAccessRules() {
	}

	static void apply(
			AuthorizeHttpRequestsConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		for (String[] call : PUBLIC_WRITES) {
			auth.requestMatchers(org.springframework.http.HttpMethod.valueOf(call[0]), call[1]).permitAll();
		}
		auth.requestMatchers("/api/v1/admin/**").hasRole(Actor.ADMIN);
		for (String[] call : SECRETARIAT) {
			auth.requestMatchers(org.springframework.http.HttpMethod.valueOf(call[0]), call[1])
				.hasAnyRole(Actor.SECRETARIAT, Actor.ADMIN);
		}
		// Every other call with a body is for someone signed in; reading stays open to the services,
		// which answer 401, 403 or 404 by what is asked for (and unknown paths stay 404).
		auth.requestMatchers(POST, "/api/**").authenticated();
		auth.requestMatchers(PUT, "/api/**").authenticated();
		auth.requestMatchers(PATCH, "/api/**").authenticated();
		auth.requestMatchers(DELETE, "/api/**").authenticated();
		auth.requestMatchers(GET, "/api/**").permitAll();
		auth.anyRequest().permitAll();
	}
}
