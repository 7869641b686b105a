package org.sgbridge.account;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to an account that its holder is told of by mail. Published in the transaction of
 * the change; the {@code notification} module writes the mail before it commits. Tokens travel only
 * in memory (these events are not kept in the event publication registry).
 */
@NamedInterface("api")
public sealed interface AccountEvent {

	String accountId();

	String name();

	Locale locale();

	/** A link to verify the account's address was issued (at sign-up, or asked again). */
	@NamedInterface("api")
	record VerificationIssued(String accountId, String email, String name, Locale locale, String token)
			implements AccountEvent {
	}

	/** A link to reset the password was issued. */
	@NamedInterface("api")
	record PasswordResetIssued(String accountId, String email, String name, Locale locale, String token)
			implements AccountEvent {
	}

	/** The password was changed or reset. */
	@NamedInterface("api")
	record PasswordChanged(String accountId, String email, String name, Locale locale) implements AccountEvent {
	}

	/** A change of address was asked: a link to the new address, a notice to the old one. */
	@NamedInterface("api")
	record EmailChangeRequested(String accountId, String email, String newEmail, String name, Locale locale,
			String token) implements AccountEvent {
	}
}
