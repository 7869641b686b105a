package org.sgbridge.pilot;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.modulith.NamedInterface;

/**
 * Where an organisation stands in the pilot today: whether the pilot runs, its study groups, the
 * pilot groups the organisation is approved for, and those its requests wait for (codes, sorted).
 */
@NamedInterface("api")
public record PilotStanding(boolean open, List<String> pilotGroups, Set<String> approved, Set<String> awaiting) {

	public PilotStanding {
		pilotGroups = List.copyOf(pilotGroups);
		approved = Collections.unmodifiableSet(new TreeSet<>(approved));
		awaiting = Collections.unmodifiableSet(new TreeSet<>(awaiting));
	}
}
