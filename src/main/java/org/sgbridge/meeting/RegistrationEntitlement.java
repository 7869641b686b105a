package org.sgbridge.meeting;

import java.util.List;
import java.util.Set;

/**
 * Who may register for a meeting, by the kind of entity the participant takes part for (API.md
 * "Entitlement"): delegates of an Administration for any meeting; Sector Members and Academia for
 * the meetings of their sectors; an Associate for its study group's; an SME only for the pilot
 * groups it is approved for, while the pilot runs; an SME association for workshops and trainings.
 */
public final class RegistrationEntitlement {

	private RegistrationEntitlement() {
	}

	/** What the policy needs to know of the organisation. */
	public record Entity(String kind, List<String> sectors, List<String> studyGroups, Set<String> approvedPilotGroups) {
	}

	public static boolean entitled(Entity entity, Meeting meeting) {
		return switch (entity.kind()) {
			case "ADMINISTRATION" -> true;
			case "SECTOR_MEMBER", "ACADEMIA" -> entity.sectors().contains(meeting.sector());
			case "ASSOCIATE" -> entity.studyGroups().contains(meeting.studyGroup());
			case "SME" -> entity.approvedPilotGroups().contains(meeting.studyGroup());
			case "ASSOCIATION" -> meeting.kind() == Meeting.Kind.WORKSHOP || meeting.kind() == Meeting.Kind.TRAINING;
			default -> false;
		};
	}
}
