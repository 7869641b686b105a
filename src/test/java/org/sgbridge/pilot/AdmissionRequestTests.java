package org.sgbridge.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/** An admission request's rules and events, without Spring: decided once, a refusal needs its reason. */
class AdmissionRequestTests {

	static final Act SME = new Act(Instant.parse("2027-02-01T09:00:00Z"), "acc-sme", "Amina", "FOCAL_POINT:org-1", "10.0.0.1");
	static final Act DFP = new Act(Instant.parse("2027-02-03T15:00:00Z"), "acc-dfp", "Karim", "DFP:TN", "10.0.0.2");

	private static AdmissionRequest submitted() {
		AdmissionRequest request = AdmissionRequest.submit("org-1", "TN", List.of("ITU-T-SG16", "ITU-D-SG2"), 40, null, null,
				SME);
		request.pullEvents();
		return request;
	}

	@Test
	void aSubmittedRequestWaitsAndIsInTheTrailAsSubmittedByTheSme() {
		AdmissionRequest request = AdmissionRequest.submit("org-1", "TN", List.of("ITU-T-SG16"), 40, null, null, SME);

		assertThat(request.status()).isEqualTo(AdmissionRequest.Status.SUBMITTED);
		assertThat(request.isPending()).isTrue();
		assertThat(request.submittedAt()).isEqualTo(SME.at());
		assertThat(request.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("ADMISSION_REQUEST_SUBMITTED");
			assertThat(e.subject()).isEqualTo(request.id());
			assertThat(e.act()).isEqualTo(SME);
		});
		assertThat(request.pullEvents()).as("events are handed over once").isEmpty();
	}

	@Test
	void theFocalPointsApprovalIsRecordedWithTheActsTimeAndActor() {
		AdmissionRequest request = submitted();

		request.approve(DFP);

		assertThat(request.status()).isEqualTo(AdmissionRequest.Status.APPROVED);
		assertThat(request.decidedAt()).isEqualTo(DFP.at());
		assertThat(request.decidedBy()).isEqualTo("acc-dfp");
		assertThat(request.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("ADMISSION_REQUEST_APPROVED");
			assertThat(e.act().actingAs()).isEqualTo("DFP:TN");
			assertThat(((AdmissionRequestEvent.Approved) e).studyGroups()).containsExactly("ITU-T-SG16", "ITU-D-SG2");
		});
	}

	@Test
	void aRejectionNeedsItsReasonAndKeepsItTrimmed() {
		AdmissionRequest request = submitted();

		Problem noReason = catchThrowableOfType(Problem.class, () -> request.reject(DFP, "  "));
		assertThat(noReason.slug()).isEqualTo("reason-required");
		assertThat(request.isPending()).as("a refused rejection leaves the request waiting").isTrue();
		assertThat(request.pullEvents()).isEmpty();

		request.reject(DFP, " Revenue above the national threshold ");
		assertThat(request.status()).isEqualTo(AdmissionRequest.Status.REJECTED);
		assertThat(request.reason()).isEqualTo("Revenue above the national threshold");
		assertThat(request.pullEvents()).singleElement()
			.satisfies(e -> assertThat(e.reason()).isEqualTo("Revenue above the national threshold"));
	}

	@Test
	void aRequestIsDecidedOnceWhateverComesSecond() {
		AdmissionRequest approved = submitted();
		approved.approve(DFP);
		approved.pullEvents();

		for (Runnable second : List.<Runnable>of(() -> approved.approve(DFP), () -> approved.reject(DFP, "late"),
				() -> approved.withdraw(SME), () -> approved.lapse(DFP))) {
			Problem refused = catchThrowableOfType(Problem.class, second::run);
			assertThat(refused.slug()).isEqualTo("already-decided");
			assertThat(refused.status().value()).isEqualTo(409);
		}
		assertThat(approved.status()).isEqualTo(AdmissionRequest.Status.APPROVED);
		assertThat(approved.pullEvents()).isEmpty();
	}

	@Test
	void aWithdrawnOrLapsedRequestRaisesItsOwnEvent() {
		AdmissionRequest withdrawn = submitted();
		withdrawn.withdraw(SME);
		assertThat(withdrawn.pullEvents()).singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("ADMISSION_REQUEST_WITHDRAWN"));

		AdmissionRequest lapsed = submitted();
		lapsed.lapse(Act.system(java.time.Clock.fixed(Instant.parse("2027-12-31T23:00:00Z"), java.time.ZoneOffset.UTC)));
		assertThat(lapsed.status()).isEqualTo(AdmissionRequest.Status.LAPSED);
		assertThat(lapsed.pullEvents()).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo("ADMISSION_REQUEST_LAPSED");
			assertThat(e.act().actingAs()).isEqualTo(Act.SYSTEM);
		});
	}
}
