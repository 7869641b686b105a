package org.sgbridge.pilot;

import java.math.BigDecimal;

/**
 * An SME's figures against its Administration's criteria: {@code WITHIN} (at or under the limit),
 * {@code ABOVE}, or {@code UNKNOWN} (no figure, no criterion, or another currency). The focal
 * point decides; this only shows.
 */
public record CriteriaCheck(Result employees, Result annualRevenue) {

	public enum Result {
		WITHIN, ABOVE, UNKNOWN
	}

	static CriteriaCheck of(Integer employees, Integer maxEmployees, BigDecimal revenue, String currency,
			BigDecimal maxRevenue, String maxCurrency) {
		Result e = employees == null || maxEmployees == null ? Result.UNKNOWN
				: employees <= maxEmployees ? Result.WITHIN : Result.ABOVE;
		Result r = revenue == null || maxRevenue == null || currency == null || !currency.equals(maxCurrency)
				? Result.UNKNOWN : revenue.compareTo(maxRevenue) <= 0 ? Result.WITHIN : Result.ABOVE;
		return new CriteriaCheck(e, r);
	}
}
