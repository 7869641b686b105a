package org.sgbridge.platform;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in account (by id) and its roles. The account module signs people in
 * with this principal; every module's policy reads it to decide, on the server, what they may do.
 */
public record Actor(String accountId, String email, String name, Set<String> roles) implements Principal, Serializable {

	public static final String ADMIN = "ADMIN";
	public static final String SECRETARIAT = "SECRETARIAT";

	public Actor {
		roles = Set.copyOf(roles);
	}

	@Override
	public String getName() {
		return accountId;
	}

	public boolean isAdmin() {
		return roles.contains(ADMIN);
	}

	/** Administrators can do everything the secretariat can. */
	public boolean isSecretariat() {
		return isAdmin() || roles.contains(SECRETARIAT);
	}

	/** The signed-in actor of this request, if any. */
	public static Optional<Actor> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The signed-in actor, or 401 {@code unauthenticated}. */
	public static Actor require() {
		return current().orElseThrow(() -> Problem.of(HttpStatus.UNAUTHORIZED, "unauthenticated"));
	}

	/** The signed-in administrator, or 401 / 403. */
	public static Actor requireAdmin() {
		Actor actor = require();
		if (!actor.isAdmin()) {
			throw Problem.forbidden("admin");
		}
		return actor;
	}

	public static Actor requireSecretariat() {
		Actor actor = require();
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return actor;
	}
}
