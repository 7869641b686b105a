package org.sgbridge.pilot;

import java.time.LocalDate;
import java.util.List;

import org.sgbridge.pilot.PilotDecisionEvent.ApprovedSme;
import org.sgbridge.pilot.PilotDecisionEvent.OpenRequest;
import org.sgbridge.platform.Act;
import org.springframework.modulith.NamedInterface;

/** The pilot goes on until {@code endsOn}. */
@NamedInterface("api")
public record PilotExtended(String termId, LocalDate endsOn, String decision, List<ApprovedSme> approved,
		List<OpenRequest> open, Act act) implements PilotDecisionEvent {

	public PilotExtended {
		approved = List.copyOf(approved);
		open = List.copyOf(open);
	}

	@Override
	public String action() {
		return "PILOT_EXTENDED";
	}
}
