package org.sgbridge.meeting;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting as its readers see it. {@code city} and {@code country} are empty for a virtual meeting. */
public record Meeting(String id, String studyGroup, String sector, Kind kind, String title, LocalDate startDate,
		LocalDate endDate, String city, String country, boolean remoteParticipation, LocalDate registrationOpens,
		LocalDate registrationCloses, Integer capacity, LocalDate contributionDeadline, Instant createdAt,
		@com.fasterxml.jackson.annotation.JsonIgnore String remoteDetails) {

	public enum Kind {
		STUDY_GROUP, WORKING_PARTY, RAPPORTEUR_GROUP, WORKSHOP, TRAINING
	}

	public boolean isVirtual() {
		return city == null || city.isBlank();
	}

	/** Registration is open on that day: from its opening to its closing day, both included. */
	public boolean registrationOpenOn(LocalDate day) {
		return !day.isBefore(registrationOpens) && !day.isAfter(registrationCloses);
	}
}
