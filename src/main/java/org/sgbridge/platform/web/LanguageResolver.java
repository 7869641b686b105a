package org.sgbridge.platform.web;

import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.platform.AccountLocales;
import org.sgbridge.platform.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: for pages, the {@code lang} cookie (set by {@code ?lang=}), then the
 * signed-in account's locale, then {@code Accept-Language}, then English; for the API,
 * {@code Accept-Language} first. Choosing a language with
 * {@code ?lang=} also stores it on the account when someone is signed in.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "lang";
	private static final String RESOLVED = LanguageResolver.class.getName() + ".locale";

	private final ObjectProvider<AccountLocales> accounts;

	LanguageResolver(ObjectProvider<AccountLocales> accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object cached = request.getAttribute(RESOLVED);
		if (cached instanceof Locale locale) {
			return locale;
		}
		// The API answers in the language of Accept-Language, English when none of the six matches (API.md);
		// pages follow the reader's choice first.
		Locale locale = ProblemHandler.isApi(request)
				? fromAcceptLanguage(request).orElse(Languages.DEFAULT)
				: fromCookie(request).or(this::fromAccount).or(() -> fromAcceptLanguage(request)).orElse(Languages.DEFAULT);
		request.setAttribute(RESOLVED, locale);
		return locale;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = locale == null ? null : Languages.supported(locale.toLanguageTag()).orElse(null);
		if (chosen == null || response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		request.setAttribute(RESOLVED, chosen);
		principal().ifPresent(name -> accounts.ifAvailable(a -> a.remember(name, chosen)));
	}

	private Optional<Locale> fromCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return Languages.supported(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private Optional<Locale> fromAccount() {
		AccountLocales store = accounts.getIfAvailable();
		return store == null ? Optional.empty() : principal().flatMap(store::localeOf);
	}

	private static Optional<Locale> fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		Enumeration<Locale> locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Optional<Locale> supported = Languages.supported(locales.nextElement().toLanguageTag());
			if (supported.isPresent()) {
				return supported;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> principal() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.ofNullable(auth.getName());
	}
}
