package org.sgbridge.membership.web;

import java.math.BigDecimal;

import org.sgbridge.platform.Problem;

/** Query parameters as the membership pages and API read them: a wrong one is 400 naming it, never a 500. */
final class MembershipQuery {

	private MembershipQuery() {
	}

	/** A whole number, or {@code null} when absent; anything else is 400 naming the field. */
	static Integer whole(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			throw Problem.invalidField(field, "validation.whole-number");
		}
	}

	/** An amount written with a dot or a comma as the decimal mark, or {@code null} when absent. */
	static BigDecimal amount(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim().replace("'", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (v.matches("\\d+,\\d{1,2}")) {
			v = v.replace(',', '.');
		}
		try {
			return new BigDecimal(v.replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw Problem.invalidField(field, "validation.amount");
		}
	}
}
