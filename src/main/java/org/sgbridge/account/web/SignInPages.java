package org.sgbridge.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, e-mail verification, sign-in and password reset pages. */
@Controller
class SignInPages {

	/** The session attribute of a sign-in whose password was right and whose second factor is awaited. */
	static final String PENDING = "org.sgbridge.account.pendingSignIn";

	private final AccountManagement accounts;
	private final SecurityContextRepository contexts;
	private final MessageSource messages;
	private final java.util.List<org.sgbridge.platform.web.Landings> landings;
	private final java.time.Clock clock;
	private final java.time.Duration codeStep;
	private final RequestCache requestCache;

	SignInPages(AccountManagement accounts, SecurityContextRepository contexts, MessageSource messages,
			java.util.List<org.sgbridge.platform.web.Landings> landings, java.time.Clock clock,
			@org.springframework.beans.factory.annotation.Value("${sgbridge.sign-in.code-step:PT5M}") java.time.Duration codeStep,
			RequestCache requestCache) {
		this.requestCache = requestCache;
		this.accounts = accounts;
		this.contexts = contexts;
		this.messages = messages;
		this.landings = java.util.List.copyOf(landings);
		this.clock = clock;
		this.codeStep = codeStep;
	}

	/**
	 * Half signed in: the password was right, the code is awaited until {@code expires}. Held in
	 * the session only; the account is not signed in until the code is right.
	 */
	record PendingSignIn(String email, java.time.Instant expires) implements java.io.Serializable {
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", new SignUpForm("", "", ""));
		model.addAttribute("errors", FormErrors.none());
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(SignUpForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			accounts.signUp(form.email(), form.password(), form.name(), locale.getLanguage(), locale,
					request.getRemoteAddr());
			model.addAttribute("email", form.email().trim());
			return "account/signup-sent";
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			retryAfter(problem, response);
			model.addAttribute("form", new SignUpForm(form.email(), form.name(), ""));
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return "account/signup";
		}
	}

	@GetMapping("/verify")
	String verifyForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			accounts.verify(token);
			model.addAttribute("verified", true);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("verified", false);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		model.addAttribute("token", token);
		return "account/verify";
	}

	@GetMapping("/signin")
	String signInForm(@RequestParam(required = false) String expired, Model model, Locale locale) {
		model.addAttribute("form", new SignInForm("", "", ""));
		model.addAttribute("errors", expired == null ? FormErrors.none()
				: new FormErrors(messages.getMessage("signin.code.expired", null, locale), java.util.Map.of()));
		return "account/signin";
	}

	@PostMapping("/signin")
	String signIn(SignInForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			Actor actor = accounts.authenticate(form.email(), form.password(), form.code(), request.getRemoteAddr());
			return signedIn(actor, request, response);
		}
		catch (Problem problem) {
			if ("totp-required".equals(problem.slug())) {
				// The password is right: the code is asked for on its own step, the account not yet signed in.
				request.getSession(true);
				request.changeSessionId();
				request.getSession().setAttribute(PENDING, new PendingSignIn(form.email().strip(), clock.instant().plus(codeStep)));
				return "redirect:/signin/code";
			}
			response.setStatus(problem.status().value());
			retryAfter(problem, response);
			model.addAttribute("form", new SignInForm(form.email(), "", ""));
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return "account/signin";
		}
	}

	@GetMapping("/signin/code")
	String codeForm(Model model, HttpServletRequest request) {
		if (pending(request) == null) {
			return "redirect:/signin?expired";
		}
		model.addAttribute("errors", FormErrors.none());
		return "account/signin-code";
	}

	@PostMapping("/signin/code")
	String code(@RequestParam(required = false) String code, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		PendingSignIn pending = pending(request);
		if (pending == null) {
			return "redirect:/signin?expired";
		}
		try {
			Actor actor = accounts.authenticateSecondFactor(pending.email(), code, request.getRemoteAddr());
			request.getSession().removeAttribute(PENDING);
			return signedIn(actor, request, response);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			retryAfter(problem, response);
			FormErrors errors = FormErrors.of(problem, messages, locale);
			if ("bad-credentials".equals(problem.slug())) {
				errors = new FormErrors(messages.getMessage("signin.code.refused", null, locale),
						java.util.Map.of("code", messages.getMessage("signin.code.wrong", null, locale)));
			}
			model.addAttribute("errors", errors);
			return "account/signin-code";
		}
	}

	/** The pending sign-in of this session, if it has not expired (an expired one is forgotten). */
	private PendingSignIn pending(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
			return null;
		}
		if (!clock.instant().isBefore(pending.expires())) {
			session.removeAttribute(PENDING);
			return null;
		}
		return pending;
	}

	/** Signs the actor in on a new session id and sends it to the page asked for, else to its landing. */
	private String signedIn(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		String asked = pageAskedFor(request, response);
		return "redirect:" + (asked != null ? asked : org.sgbridge.platform.web.Landings.resolve(landings, actor, "/account"));
	}

	/**
	 * The page the reader was going to when sign-in was asked for (a link in a mail, a bookmark), on
	 * this site only; otherwise null (the account then lands where its work waits). The request
	 * cache keeps pages' GETs only, in a cookie, which the reader could have written: only its path
	 * and query are used.
	 */
	private String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
		var saved = requestCache.getRequest(request, response);
		requestCache.removeRequest(request, response);
		if (saved == null) {
			return null;
		}
		try {
			java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/signin")) {
				return null;
			}
			String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?", "");
			return path + (query.isBlank() ? "" : "?" + query.replaceFirst("^&", ""));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static void retryAfter(Problem problem, HttpServletResponse response) {
		if (problem.retryAfter() != null) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, problem.retryAfter().toSeconds())));
		}
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", FormErrors.none());
		return "account/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(required = false) String email, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			accounts.requestPasswordReset(email, request.getRemoteAddr());
			model.addAttribute("sent", true);
		}
		catch (Problem problem) {
			// Too many requests: say so and keep the address typed.
			response.setStatus(problem.status().value());
			retryAfter(problem, response);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		model.addAttribute("email", email == null ? "" : email);
		return "account/password-forgot";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("errors", FormErrors.none());
		return "account/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			accounts.resetPassword(token, password);
			model.addAttribute("done", true);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		model.addAttribute("token", token);
		return "account/password-reset";
	}

	record SignUpForm(String email, String name, String password) {
	}

	record SignInForm(String email, String password, String code) {
	}
}
