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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, e-mail verification, sign-in and password reset pages. */
@Controller
class SignInPages {

	private final AccountManagement accounts;
	private final SecurityContextRepository contexts;
	private final MessageSource messages;

	SignInPages(AccountManagement accounts, SecurityContextRepository contexts, MessageSource messages) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.messages = messages;
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
	String signInForm(Model model) {
		model.addAttribute("form", new SignInForm("", "", ""));
		model.addAttribute("askCode", false);
		model.addAttribute("errors", FormErrors.none());
		return "account/signin";
	}

	@PostMapping("/signin")
	String signIn(SignInForm form, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			Actor actor = accounts.authenticate(form.email(), form.password(), form.code(), request.getRemoteAddr());
			request.getSession(true);
			request.changeSessionId();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
					actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			return "redirect:" + pageAskedFor(request, response);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			retryAfter(problem, response);
			boolean askCode = "totp-required".equals(problem.slug())
					|| (form.code() != null && !form.code().isBlank());
			model.addAttribute("form", new SignInForm(form.email(), "", ""));
			model.addAttribute("askCode", askCode);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return "account/signin";
		}
	}

	/**
	 * The page the reader was going to when sign-in was asked for (a link in a mail, a bookmark), on
	 * this site only; otherwise the account page.
	 */
	private static String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
		var cache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
		var saved = cache.getRequest(request, response);
		cache.removeRequest(request, response);
		if (saved == null || !"GET".equals(saved.getMethod())) {
			return "/account";
		}
		try {
			java.net.URI uri = java.net.URI.create(saved.getRedirectUrl());
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/signin")) {
				return "/account";
			}
			String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().replaceAll("(^|&)continue(=[^&]*)?", "");
			return path + (query.isBlank() ? "" : "?" + query.replaceFirst("^&", ""));
		}
		catch (IllegalArgumentException e) {
			return "/account";
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
