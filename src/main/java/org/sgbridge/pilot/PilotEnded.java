package org.sgbridge.pilot;

import java.time.LocalDate;
import java.util.List;

import org.sgbridge.pilot.PilotDecisionEvent.ApprovedSme;
import org.sgbridge.pilot.PilotDecisionEvent.OpenRequest;
import org.sgbridge.platform.Act;
import org.springframework.modulith.NamedInterface;

/**
 * The pilot ends on {@code endsOn}. When that day is today, the waiting requests lapsed in the
 * same transaction ({@code lapsedAtOnce}); otherwise they lapse when the day has passed.
 */
@NamedInterface("api")
public record PilotEnded(String termId, LocalDate endsOn, String decision, List<ApprovedSme> approved, List<OpenRequest> open,
		boolean lapsedAtOnce, Act act) implements PilotDecisionEvent {

	public PilotEnded {
		approved = List.copyOf(approved);
		open = List.copyOf(open);
	}

	/** The requests that lapsed with the decision (none when the end is a later day). */
	public List<String> lapsedRequestIds() {
		return lapsedAtOnce ? open.stream().map(OpenRequest::requestId).toList() : List.of();
	}

	@Override
	public String action() {
		return "PILOT_ENDED";
	}
}

