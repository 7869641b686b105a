package org.sgbridge.account.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API request that carries {@code Authorization: Bearer <token>}; refuses an unknown token. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccountManagement accounts;
	private final ProblemWriter problems;

	BearerTokenFilter(AccountManagement accounts, ProblemWriter problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
			var session = accounts.apiSession(header.substring(7).trim());
			if (session.isEmpty()) {
				problems.write(request, response, 401, "unauthenticated");
				return;
			}
			request.setAttribute(AccountManagement.API_TOKEN_ID, session.get().tokenId());
			SecurityContextHolder.getContext().setAuthentication(authentication(session.get().actor()));
		}
		chain.doFilter(request, response);
	}

	static UsernamePasswordAuthenticationToken authentication(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null,
				actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
	}
}
