package org.sgbridge.account.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class AccountApi {

	private final AccountManagement accounts;

	AccountApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountJson signUp(@RequestBody SignUpRequest body, Locale locale) {
		return AccountJson.of(accounts.signUp(body.email(), body.password(), body.name(), body.locale(), locale));
	}

	@PostMapping("/accounts/verification")
	AccountJson verify(@RequestBody TokenRequest body) {
		if (body.token() == null || body.token().isBlank()) {
			throw org.sgbridge.platform.Problem.invalidField("token", "validation.NotBlank");
		}
		return AccountJson.of(accounts.verify(body.token()));
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	TokenJson token(@RequestBody TokenCredentials body, HttpServletRequest request) {
		// Missing fields are a mistake to point out, not wrong credentials.
		java.util.List<org.sgbridge.platform.Problem.FieldProblem> missing = new java.util.ArrayList<>();
		if (body.email() == null || body.email().isBlank()) {
			missing.add(new org.sgbridge.platform.Problem.FieldProblem("email", "validation.NotBlank"));
		}
		if (body.password() == null || body.password().isEmpty()) {
			missing.add(new org.sgbridge.platform.Problem.FieldProblem("password", "validation.NotBlank"));
		}
		if (!missing.isEmpty()) {
			throw org.sgbridge.platform.Problem.invalidInput(missing);
		}
		var issued = accounts.issueApiToken(body.email(), body.password(), body.totp(), request.getRemoteAddr());
		return new TokenJson(issued.token(), issued.expiresAt());
	}

	@PostMapping("/admin/accounts")
	@ResponseStatus(HttpStatus.CREATED)
	AccountJson create(@RequestBody AdminAccountRequest body) {
		Actor admin = Actor.requireAdmin();
		return AccountJson.of(accounts.createByAdmin(admin, body.email(), body.password(), body.name(), body.roles(),
				body.locale()));
	}

	/** Asks for a reset link; the answer is the same whether the address is known or not. */
	@PostMapping("/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestReset(@RequestBody EmailRequest body) {
		accounts.requestPasswordReset(body.email());
	}

	@PostMapping("/password-resets/confirmation")
	void reset(@RequestBody ResetRequest body) {
		accounts.resetPassword(body.token(), body.password());
	}

	record SignUpRequest(String email, String password, String name, String locale) {
	}

	record TokenRequest(String token) {
	}

	record TokenCredentials(String email, String password, String totp) {
	}

	record AdminAccountRequest(String email, String password, String name, Set<String> roles, String locale) {
	}

	record EmailRequest(String email) {
	}

	record ResetRequest(String token, String password) {
	}

	record TokenJson(String token, Instant expiresAt) {
	}

	record AccountJson(String id, String email, String name, String status, String locale, Set<String> roles) {

		static AccountJson of(AccountView a) {
			return new AccountJson(a.id(), a.email(), a.name(), a.status(), a.locale(), a.roles());
		}
	}
}
