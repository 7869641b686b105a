package org.sgbridge.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: name, password, e-mail, second factor; and the administrator's list. */
@Controller
class ProfilePages {

	private final AccountManagement accounts;
	private final MessageSource messages;

	ProfilePages(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account")
	String profile(Model model) {
		return show(model, FormErrors.none(), null);
	}

	private String show(Model model, FormErrors errors, String failedForm) {
		Actor actor = Actor.require();
		model.addAttribute("account", accounts.find(actor.accountId()).orElseThrow(Problem::notFound));
		model.addAttribute("recoveryLeft", accounts.unusedRecoveryCodes(actor.accountId()));
		model.addAttribute("apiTokens", accounts.apiTokens(actor, null));
		model.addAttribute("errors", errors);
		model.addAttribute("failedForm", failedForm);
		return "account/profile";
	}

	private String refused(Problem problem, String form, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(problem.status().value());
		return show(model, FormErrors.of(problem, messages, locale), form);
	}

	@PostMapping("/account/name")
	String rename(@RequestParam(required = false) String name, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			accounts.rename(Actor.require(), name);
		}
		catch (Problem problem) {
			return refused(problem, "name", model, locale, response);
		}
		flash.addFlashAttribute("notice", "profile.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, Model model, Locale locale,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		try {
			// Every other session and every API token of the account end; this session stays.
			var session = request.getSession(false);
			accounts.changePassword(Actor.require(), currentPassword, newPassword, session == null ? null : session.getId(),
					null);
		}
		catch (Problem problem) {
			return refused(problem, "password", model, locale, response);
		}
		flash.addFlashAttribute("notice", "profile.password.changed.others");
		return "redirect:/account";
	}

	/** Revokes one of one's API tokens: it stops working at once. */
	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@org.springframework.web.bind.annotation.PathVariable String id, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			accounts.revokeApiToken(Actor.require(), id);
		}
		catch (Problem problem) {
			return refused(problem, "tokens", model, locale, response);
		}
		flash.addFlashAttribute("notice", "profile.tokens.revoked");
		return "redirect:/account";
	}

	@PostMapping("/account/email")
	String changeEmail(@RequestParam(required = false) String newEmail,
			@RequestParam(required = false) String currentPassword, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			accounts.requestEmailChange(Actor.require(), newEmail, currentPassword);
		}
		catch (Problem problem) {
			model.addAttribute("typedEmail", newEmail);
			response.setStatus(problem.status().value());
			// This form's password field has its own name, apart from the password change form's.
			return show(model, FormErrors.of(problem, messages, locale)
				.rename(java.util.Map.of("currentPassword", "emailCurrentPassword")), "email");
		}
		flash.addFlashAttribute("notice", "profile.email.sent");
		return "redirect:/account";
	}

	@GetMapping("/email/confirm")
	String confirmEmailForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		return "account/email-confirm";
	}

	@PostMapping("/email/confirm")
	String confirmEmail(@RequestParam(required = false) String token, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			accounts.confirmEmailChange(token);
			model.addAttribute("done", true);
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		model.addAttribute("token", token);
		return "account/email-confirm";
	}

	@PostMapping("/account/totp/setup")
	String prepareTotp(Model model, Locale locale, HttpServletResponse response) {
		try {
			model.addAttribute("setup", accounts.prepareTotp(Actor.require()));
			model.addAttribute("errors", FormErrors.none());
			return "account/totp-setup";
		}
		catch (Problem problem) {
			return refused(problem, "totp", model, locale, response);
		}
	}

	@PostMapping("/account/totp/enable")
	String enableTotp(@RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			List<String> codes = accounts.enableTotp(Actor.require(), code);
			model.addAttribute("codes", codes);
			return "account/recovery-codes";
		}
		catch (Problem problem) {
			var pending = accounts.pendingTotp(Actor.require());
			if (pending.isEmpty()) {
				return refused(problem, "totp", model, locale, response);
			}
			response.setStatus(problem.status().value());
			model.addAttribute("setup", pending.get());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			return "account/totp-setup";
		}
	}

	@PostMapping("/account/totp/disable")
	String disableTotp(@RequestParam(required = false) String currentPassword, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		try {
			accounts.disableTotp(Actor.require(), currentPassword);
		}
		catch (Problem problem) {
			return refused(problem, "totp", model, locale, response);
		}
		flash.addFlashAttribute("notice", "profile.totp.disabled");
		return "redirect:/account";
	}

	@PostMapping("/account/recovery-codes")
	String recoveryCodes(Model model, Locale locale, HttpServletResponse response) {
		try {
			model.addAttribute("codes", accounts.newRecoveryCodes(Actor.require()));
			return "account/recovery-codes";
		}
		catch (Problem problem) {
			return refused(problem, "totp", model, locale, response);
		}
	}

	@GetMapping("/admin/accounts")
	String adminAccounts(Model model) {
		Actor.requireAdmin();
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("errors", FormErrors.none());
		return "account/admin-accounts";
	}

	@PostMapping("/admin/accounts")
	String createAccount(@RequestParam(required = false) String email, @RequestParam(required = false) String name,
			@RequestParam(required = false) String password, @RequestParam(required = false) Set<String> roles,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Actor admin = Actor.requireAdmin();
		try {
			accounts.createByAdmin(admin, email, password, name, roles == null ? Set.of() : roles, locale.getLanguage());
		}
		catch (Problem problem) {
			response.setStatus(problem.status().value());
			model.addAttribute("accounts", accounts.all());
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
			model.addAttribute("typedName", name);
			model.addAttribute("typedEmail", email);
			model.addAttribute("typedRoles", roles == null ? Set.of() : roles);
			return "account/admin-accounts";
		}
		flash.addFlashAttribute("notice", "admin.accounts.created");
		return "redirect:/admin/accounts";
	}
}
