package org.sgbridge.account.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.platform.Actor;
import org.springframework.http.HttpStatus;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
	AccountJson signUp(@RequestBody SignUpRequest body, Locale locale, HttpServletRequest request) {
		return AccountJson.of(accounts.signUp(body.email(), body.password(), body.name(), body.locale(), locale,
				request.getRemoteAddr()));
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
		return new TokenJson(issued.id(), issued.token(), issued.expiresAt());
	}

	/** One's API tokens, without their secrets; {@code current} marks the one this request uses. */
	@GetMapping("/tokens")
	ListResponse<AccountManagement.ApiTokenView> tokens(HttpServletRequest request) {
		Actor actor = Actor.require();
		return ListResponse.page(accounts.apiTokens(actor, (String) request.getAttribute(AccountManagement.API_TOKEN_ID)));
	}

	/** Revokes the token this request uses: the next request with it is 401. */
	@DeleteMapping("/tokens/current")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeCurrent(HttpServletRequest request) {
		Actor actor = Actor.require();
		Object current = request.getAttribute(AccountManagement.API_TOKEN_ID);
		if (current == null) {
			throw org.sgbridge.platform.Problem.notFound();
		}
		accounts.revokeApiToken(actor, (String) current);
	}

	/** Revokes one of one's tokens; another account's is not found (404). */
	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id) {
		accounts.revokeApiToken(Actor.require(), id);
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
	void requestReset(@RequestBody EmailRequest body, HttpServletRequest request) {
		accounts.requestPasswordReset(body.email(), request.getRemoteAddr());
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

	record TokenJson(String id, String token, Instant expiresAt) {
	}

	record AccountJson(String id, String email, String name, String status, String locale, Set<String> roles) {

		static AccountJson of(AccountView a) {
			return new AccountJson(a.id(), a.email(), a.name(), a.status(), a.locale(), a.roles());
		}
	}
}
