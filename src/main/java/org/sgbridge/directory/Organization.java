package org.sgbridge.directory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** An organisation as the directory holds it: its kind, country and, for SMEs, size and revenue. */
@NamedInterface("api")
public record Organization(String id, String name, Kind kind, String country, Integer employees,
		BigDecimal revenueAmount, String revenueCurrency, String website, String description, List<String> sectors,
		List<String> studyGroups, Instant createdAt) {

	public enum Kind {
		ADMINISTRATION, SME, SECTOR_MEMBER, ASSOCIATE, ACADEMIA, ASSOCIATION,
		/** A company that is not a member: it takes part in single meetings that have a fee (pay-as-you-go). */
		COMPANY
	}

	public boolean isSme() {
		return kind == Kind.SME;
	}
}
