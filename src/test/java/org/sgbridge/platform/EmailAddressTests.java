package org.sgbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The limits of RFC 5321 on an address: 254 characters in all, 64 before the @. */
class EmailAddressTests {

	@Test
	void anAddressAtTheLimitsIsTakenOneOverIsRefusedNamingTheLimit() {
		String local64 = "a".repeat(64);
		assertThat(EmailAddress.problem(local64 + "@example.org")).isEmpty();
		assertThat(EmailAddress.problem("a" + local64 + "@example.org")).contains("validation.email.length");
		String domain = "d".repeat(254 - 64 - 1 - 4) + ".org";
		assertThat(EmailAddress.problem(local64 + "@" + domain)).as("254 in all").isEmpty();
		assertThat(EmailAddress.problem(local64 + "@d" + domain)).as("255 in all").contains("validation.email.length");
		assertThat(EmailAddress.problem("no-at.example.org")).contains("validation.Email");
	}
}
