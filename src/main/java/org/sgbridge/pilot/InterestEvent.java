package org.sgbridge.pilot;

import java.util.Locale;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/** What happens to an expression of interest in the pilot, published in the transaction of the change. */
@NamedInterface("api")
public sealed interface InterestEvent {

	String interestId();

	String organizationName();

	String country();

	String email();

	/** The language the company wrote in, which its mails use. */
	Locale locale();

	/** A company expressed its interest (from the public form): it is thanked and shown the way in. */
	@NamedInterface("api")
	record Expressed(String interestId, String organizationName, String country, String email, Locale locale)
			implements InterestEvent {
	}

	/** The secretariat invited the company to apply. */
	@NamedInterface("api")
	record Invited(String interestId, String organizationName, String country, String email, Locale locale, Act act)
			implements InterestEvent, Audited {

		@Override
		public String action() {
			return "INTEREST_INVITED";
		}

		@Override
		public String subjectType() {
			return "INTEREST";
		}

		@Override
		public String subject() {
			return interestId;
		}

		@Override
		public String memberState() {
			return country;
		}
	}
}
