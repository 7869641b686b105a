package org.sgbridge.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * A registration's changes of state, each checked and recorded with the act behind it, and the
 * event each raises (what the audit trail and mail are made of); a refused change raises none.
 */
class RegistrationTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123Z");
	static final Registration.Context CONTEXT = new Registration.Context("Study Group 20", LocalDate.parse("2026-04-13"),
			"Join at https://meet.example.org/sg20", "Kathmandu Cloud", "NP", List.of("dfp-np"), Act.dfp("NP"));

	static Act member() {
		return new Act(NOW, "rep", "Rep", Act.member("sme-1"), "10.0.0.1");
	}

	static Act dfp() {
		return new Act(NOW.plusSeconds(60), "dfp-np", "DFP of Nepal", Act.dfp("NP"), "10.0.0.2");
	}

	static Registration pending(Registration.Mode mode) {
		Registration r = Registration.register("meeting-1", "rep", "sme-1", mode, false, CONTEXT, List.of("dfp-np"), true,
				member());
		r.pullEvents();
		return r;
	}

	@Test
	void aRegistrationWaitsForItsFocalPointsWhoAreToldOfTheFirstOfTheDay() {
		Registration r = Registration.register("meeting-1", "rep", "sme-1", Registration.Mode.IN_PERSON, true, CONTEXT,
				List.of("dfp-np"), true, member());
		assertThat(r.status()).isEqualTo(Registration.Status.PENDING_VALIDATION);
		assertThat(r.createdAt()).isEqualTo(NOW);
		assertThat(r.verificationCode()).hasSize(10);
		List<RegistrationEvent> events = r.pullEvents();
		assertThat(events).singleElement().isInstanceOfSatisfying(RegistrationEvent.Registered.class, e -> {
			assertThat(e.notifyFocalPoints()).isTrue();
			assertThat(e.validators()).containsExactly("dfp-np");
			assertThat(e.action()).isEqualTo("REGISTRATION_SUBMITTED");
			assertThat(e.subjectType()).isEqualTo("REGISTRATION");
			assertThat(e.subject()).isEqualTo(r.id());
			assertThat(e.memberState()).isEqualTo("NP");
			assertThat(e.act().actingAs()).isEqualTo("MEMBER:sme-1");
			assertThat(e.facts()).isEqualTo(new RegistrationEvent.Facts(r.id(), "meeting-1", "Study Group 20",
					LocalDate.parse("2026-04-13"), "sme-1", "Kathmandu Cloud", "NP", "rep", Registration.Mode.IN_PERSON,
					Registration.Status.PENDING_VALIDATION, null, null, List.of("dfp-np")));
		});
		assertThat(r.pullEvents()).as("handed over once").isEmpty();

		Registration later = Registration.register("meeting-2", "rep", "sme-1", Registration.Mode.REMOTE, false, CONTEXT,
				List.of("dfp-np"), false, member());
		assertThat(later.pullEvents()).singleElement()
			.isInstanceOfSatisfying(RegistrationEvent.Registered.class, e -> assertThat(e.notifyFocalPoints()).isFalse());
	}

	@Test
	void aFocalPointWhoRegistersItselfIsValidatedAtOnceUnderItsDesignation() {
		Act own = new Act(NOW, "dfp-np", "DFP of Nepal", Act.member("admin-np"), null);
		Registration r = Registration.register("meeting-1", "dfp-np", "admin-np", Registration.Mode.REMOTE, false, CONTEXT,
				List.of("dfp-np"), true, own);
		assertThat(r.status()).isEqualTo(Registration.Status.VALIDATED);
		assertThat(r.decidedBy()).isEqualTo("dfp-np");
		assertThat(r.decidedAt()).isEqualTo(NOW);
		List<RegistrationEvent> events = r.pullEvents();
		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOfSatisfying(RegistrationEvent.Registered.class, e -> {
			assertThat(e.notifyFocalPoints()).as("nobody else to tell").isFalse();
			assertThat(e.act().actingAs()).isEqualTo("MEMBER:admin-np");
		});
		assertThat(events.get(1)).isInstanceOfSatisfying(RegistrationEvent.Validated.class, e -> {
			assertThat(e.act().actingAs()).isEqualTo("DFP:NP");
			assertThat(e.act().actorId()).isEqualTo("dfp-np");
			assertThat(e.act().at()).isEqualTo(NOW);
			assertThat(e.facts().remoteDetails()).as("remote and validated: how to join")
				.isEqualTo("Join at https://meet.example.org/sg20");
		});
	}

	@Test
	void theFocalPointValidatesOnce() {
		Registration r = pending(Registration.Mode.REMOTE);
		r.validate(dfp(), CONTEXT);
		assertThat(r.status()).isEqualTo(Registration.Status.VALIDATED);
		assertThat(r.decidedBy()).isEqualTo("dfp-np");
		assertThat(r.decidedAt()).isEqualTo(dfp().at());
		assertThat(r.pullEvents()).singleElement().isInstanceOfSatisfying(RegistrationEvent.Validated.class, e -> {
			assertThat(e.action()).isEqualTo("REGISTRATION_VALIDATED");
			assertThat(e.act()).isEqualTo(dfp());
			assertThat(e.facts().status()).isEqualTo(Registration.Status.VALIDATED);
			assertThat(e.facts().remoteDetails()).isEqualTo("Join at https://meet.example.org/sg20");
			assertThat(e.reason()).isNull();
		});

		assertThatThrownBy(() -> r.validate(dfp(), CONTEXT)).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.slug()).isEqualTo("already-decided"));
		assertThatThrownBy(() -> r.reject(dfp(), CONTEXT, "late")).isInstanceOf(Problem.class);
		assertThat(r.pullEvents()).as("a refused change raises nothing").isEmpty();
	}

	@Test
	void aRejectionNeedsAReasonAndCarriesIt() {
		Registration r = pending(Registration.Mode.IN_PERSON);
		assertThatThrownBy(() -> r.reject(dfp(), CONTEXT, "  ")).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.slug()).isEqualTo("reason-required"));
		assertThat(r.status()).isEqualTo(Registration.Status.PENDING_VALIDATION);
		assertThat(r.pullEvents()).isEmpty();

		r.reject(dfp(), CONTEXT, " Not the national delegation ");
		assertThat(r.status()).isEqualTo(Registration.Status.REJECTED);
		assertThat(r.reason()).isEqualTo("Not the national delegation");
		assertThat(r.pullEvents()).singleElement().isInstanceOfSatisfying(RegistrationEvent.Rejected.class, e -> {
			assertThat(e.action()).isEqualTo("REGISTRATION_REJECTED");
			assertThat(e.reason()).isEqualTo("Not the national delegation");
			assertThat(e.facts().remoteDetails()).isNull();
		});
		assertThatThrownBy(() -> r.cancel(member(), CONTEXT)).isInstanceOf(Problem.class);
		assertThatThrownBy(() -> r.changeMode(Registration.Mode.REMOTE, member(), CONTEXT)).isInstanceOf(Problem.class);
		assertThat(r.pullEvents()).isEmpty();
	}

	@Test
	void theParticipantChangesItsModeThenCancels() {
		Registration r = pending(Registration.Mode.IN_PERSON);
		r.validate(dfp(), CONTEXT);
		r.pullEvents();
		r.changeMode(Registration.Mode.REMOTE, member(), CONTEXT);
		assertThat(r.mode()).isEqualTo(Registration.Mode.REMOTE);
		assertThat(r.pullEvents()).singleElement().isInstanceOfSatisfying(RegistrationEvent.ModeChanged.class, e -> {
			assertThat(e.action()).isEqualTo("REGISTRATION_MODE_CHANGED");
			assertThat(e.facts().remoteDetails()).as("now remote: how to join").isNotNull();
		});

		r.cancel(member(), CONTEXT);
		assertThat(r.status()).isEqualTo(Registration.Status.CANCELLED);
		assertThat(r.isActive()).isFalse();
		assertThat(r.pullEvents()).singleElement().isInstanceOfSatisfying(RegistrationEvent.Cancelled.class, e -> {
			assertThat(e.action()).isEqualTo("REGISTRATION_CANCELLED");
			assertThat(e.act().actingAs()).isEqualTo("MEMBER:sme-1");
			assertThat(e.facts().status()).isEqualTo(Registration.Status.CANCELLED);
			assertThat(e.facts().remoteDetails()).isNull();
		});
		assertThatThrownBy(() -> r.cancel(member(), CONTEXT)).isInstanceOfSatisfying(Problem.class,
				p -> assertThat(p.slug()).isEqualTo("already-decided"));
		assertThat(r.pullEvents()).isEmpty();
	}
}
