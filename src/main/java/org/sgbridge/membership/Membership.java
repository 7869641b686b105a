package org.sgbridge.membership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's membership of a sector: its category (Sector Member, Associate, Academia, or the
 * SME category), for a Sector Member its class in contributory units, when it started and where it
 * stands. {@link Status#ACTIVE} from its creation; {@link Status#SUSPENDED} while an invoice is more
 * than six months past its due date and unpaid; {@link Status#ENDED} once a notice of cancellation has
 * taken effect.
 */
@org.springframework.modulith.NamedInterface("api")
public record Membership(String id, String organizationId, String sector, String category, BigDecimal contributoryUnits,
		Status status, LocalDate startedOn, LocalDate noticeGivenOn, LocalDate endsOn) {

	public enum Status {
		ACTIVE, SUSPENDED, ENDED
	}

	/**
	 * The classes a Sector Member may choose, in contributory units, as ITU writes them; those below
	 * a quarter of a unit (1/16 and 1/8) only for members from developing countries.
	 */
	public static final List<String> CLASSES = List.of("1/16", "1/8", "1/4", "1/2", "1", "1.5", "2", "2.5", "3", "4", "5",
			"6", "8", "10", "12.5", "15", "18", "20", "25", "30", "35", "40");

	static final BigDecimal DEVELOPING_ONLY_BELOW = new BigDecimal("0.25");

	/** The units of a class as written ("1/16" is 0.0625), or empty for anything else. */
	public static Optional<BigDecimal> units(String written) {
		if (written == null || !CLASSES.contains(written.trim())) {
			return Optional.empty();
		}
		String c = written.trim();
		int slash = c.indexOf('/');
		BigDecimal value = slash < 0 ? new BigDecimal(c)
				: BigDecimal.ONE.divide(new BigDecimal(c.substring(slash + 1)), 4, java.math.RoundingMode.UNNECESSARY);
		return Optional.of(value.setScale(4));
	}

	/** A class as ITU writes it: "1/16", "1/2", "1", "12.5". */
	public static String written(BigDecimal units) {
		if (units == null) {
			return null;
		}
		for (String c : CLASSES) {
			if (units(c).orElseThrow().compareTo(units) == 0) {
				return c;
			}
		}
		return units.stripTrailingZeros().toPlainString();
	}

	/** Whether the class is one that only members from developing countries may choose. */
	public static boolean developingOnly(BigDecimal units) {
		return units != null && units.compareTo(DEVELOPING_ONLY_BELOW) < 0;
	}

	/** The class as ITU writes it, for a Sector Member; {@code null} for the other categories. */
	public String contributoryClass() {
		return written(contributoryUnits);
	}

	/**
	 * The yearly fee of this membership from its category's fee in its sector: for a Sector Member its
	 * class times the contributory unit; empty while no fee is set.
	 */
	public Optional<BigDecimal> annualFee(BigDecimal categoryFee) {
		if (categoryFee == null) {
			return Optional.empty();
		}
		BigDecimal fee = contributoryUnits == null ? categoryFee : categoryFee.multiply(contributoryUnits);
		return Optional.of(fee.setScale(2, java.math.RoundingMode.HALF_UP));
	}
}
