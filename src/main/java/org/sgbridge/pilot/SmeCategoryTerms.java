package org.sgbridge.pilot;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What an approved SME is offered when the pilot ends: the SME category's yearly fee and employee
 * threshold in each sector, as the membership module keeps them (which implements this, so that the
 * pilot does not depend on it).
 */
@NamedInterface("api")
public interface SmeCategoryTerms {

	/** The SME category in a sector: its yearly fee in CHF ({@code null} while not set) and employee threshold. */
	record Terms(BigDecimal annualFee, Integer maxEmployees) {
	}

	/** The SME category's terms, by sector. */
	Map<String, Terms> smeCategory();
}
