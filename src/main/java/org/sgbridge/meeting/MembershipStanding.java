package org.sgbridge.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * Where organisations stand in their membership, as registration needs it: implemented by the
 * membership module. A membership suspended for arrears in a sector keeps its organisation's people
 * from registering for that sector's meetings (422 {@code membership-suspended}) until a payment is booked.
 */
@NamedInterface("api")
public interface MembershipStanding {

	/** For each of these organisations whose membership is suspended today in some sector, those sectors. */
	Map<String, Set<String>> suspendedSectors(Collection<String> organizationIds);

	/** For each of these organisations whose membership has ended in some sector (its notice took effect), those sectors. */
	default Map<String, Set<String>> endedSectors(Collection<String> organizationIds) {
		return Map.of();
	}
}
