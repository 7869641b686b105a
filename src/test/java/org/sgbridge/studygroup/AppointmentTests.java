package org.sgbridge.studygroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.DecisionRights.Role;

/** An appointment's rules and events, without Spring: who may hold the role, from when, ended once. */
class AppointmentTests {

	static final Act STAFF = new Act(Instant.parse("2027-03-01T23:30:00Z"), "acc-staff", "Staff", "SECRETARIAT", null);

	@Test
	void anAppointmentStartsOnTheActsDayAndIsInTheTrailAsMade() {
		Appointment a = Appointment.make("a-1", "ITU-T-SG16", "2025-2028", "acc-prof", Role.RAPPORTEUR, "26/16",
				List.of("ACADEMIA"), STAFF);

		assertThat(a.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(a.isCurrent()).isTrue();
		assertThat(a.appointedBy()).isEqualTo("acc-staff");
		assertThat(a.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("APPOINTMENT_MADE");
			assertThat(e.subjectType()).isEqualTo("APPOINTMENT");
			assertThat(e.subject()).isEqualTo("a-1");
			assertThat(e.role()).isEqualTo("RAPPORTEUR");
			assertThat(e.question()).isEqualTo("26/16");
			assertThat(e.act()).isEqualTo(STAFF);
		});
		assertThat(a.pullEvents()).isEmpty();
	}

	@Test
	void smeStaffCannotBeAppointedAndNothingIsRaised() {
		Problem refused = catchThrowableOfType(Problem.class, () -> Appointment.make("a-2", "ITU-T-SG16", "2025-2028",
				"acc-sme", Role.RAPPORTEUR, null, List.of("ACADEMIA", "SME"), STAFF));
		assertThat(refused.slug()).isEqualTo("sme-no-decision-role");

		Problem chair = catchThrowableOfType(Problem.class, () -> Appointment.make("a-3", "ITU-T-SG16", "2025-2028",
				"acc-prof", Role.CHAIR, null, List.of("ACADEMIA"), STAFF));
		assertThat(chair.slug()).isEqualTo("not-entitled");
	}

	@Test
	void anAppointmentEndsOnceOnTheActsDay() {
		Appointment a = Appointment.make("a-4", "ITU-T-SG20", "2025-2028", "acc-x", Role.VICE_CHAIR, null,
				List.of("SECTOR_MEMBER"), STAFF);
		a.pullEvents();
		Act later = new Act(Instant.parse("2027-06-15T08:00:00Z"), "acc-staff", "Staff", "ADMIN", null);
		a.end(later);

		assertThat(a.endsOn()).isEqualTo(LocalDate.of(2027, 6, 15));
		assertThat(a.isCurrent()).isFalse();
		assertThat(a.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("APPOINTMENT_ENDED");
			assertThat(e.act().actingAs()).isEqualTo("ADMIN");
		});
		Problem again = catchThrowableOfType(Problem.class, () -> a.end(later));
		assertThat(again.status().value()).as("no current appointment to end").isEqualTo(404);
		assertThat(a.pullEvents()).isEmpty();
	}
}
