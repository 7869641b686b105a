package org.sgbridge.account;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** An account as other modules and the API see it: never its secrets. */
@NamedInterface("api")
public record AccountView(String id, String email, String name, String status, String locale, Set<String> roles,
		boolean totpEnabled) {

	static AccountView of(Account a) {
		return new AccountView(a.id(), a.email(), a.name(), a.status().name(), a.locale().getLanguage(), a.roles(),
				a.totpEnabled());
	}
}
