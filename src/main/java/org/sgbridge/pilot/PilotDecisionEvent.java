package org.sgbridge.pilot;

import java.time.LocalDate;
import java.util.List;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * The Conference's decision on the pilot, recorded by the secretariat ({@link PilotDecisions}):
 * published in the transaction that records it, with what those who are told of it need (the
 * approved SMEs with the sectors of their groups, the requests that lapse), so that mail never
 * reads the pilot's tables.
 */
@NamedInterface("api")
public sealed interface PilotDecisionEvent extends Audited permits PilotEnded, PilotExtended {

	/** The id of the period's version that the decision recorded. */
	String termId();

	/** The pilot's last day from now on. */
	LocalDate endsOn();

	/** The decision's text, as the secretariat recorded it. */
	String decision();

	/** The SMEs approved for pilot groups when the decision was recorded. */
	List<ApprovedSme> approved();

	/** The requests waiting for a DFP when the decision was recorded. */
	List<OpenRequest> open();

	default List<String> approvedOrganizationIds() {
		return approved().stream().map(ApprovedSme::organizationId).toList();
	}

	/** The Member States concerned: those of the approved SMEs and of the waiting requests, sorted. */
	default List<String> states() {
		java.util.TreeSet<String> states = new java.util.TreeSet<>();
		approved().forEach(s -> states.add(s.country()));
		open().forEach(r -> states.add(r.country()));
		return List.copyOf(states);
	}

	@Override
	default String subjectType() {
		return "PILOT_TERM";
	}

	@Override
	default String subject() {
		return termId();
	}

	@Override
	default String reason() {
		return decision();
	}

	/** An SME approved for pilot groups, its country and the sectors of those groups ({@code ITU-T}, {@code ITU-D}). */
	@NamedInterface("api")
	record ApprovedSme(String organizationId, String country, List<String> studyGroups, List<String> sectors) {

		public ApprovedSme {
			studyGroups = List.copyOf(studyGroups);
			sectors = List.copyOf(sectors);
		}
	}

	/** A request that waited for its DFP's decision. */
	@NamedInterface("api")
	record OpenRequest(String requestId, String organizationId, String country, List<String> studyGroups) {

		public OpenRequest {
			studyGroups = List.copyOf(studyGroups);
		}
	}
}
