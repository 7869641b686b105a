package org.sgbridge.pilot.web;

import java.util.List;
import java.util.Optional;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.Memberships;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.AdmissionRequest;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.Landings;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.stereotype.Component;

/**
 * Where the pilot's people land after signing in: the secretariat on its overview, a DFP with
 * requests waiting on its inbox, an SME's people on their company's page, an account without any
 * organisation on the home page, which shows its next step (the company, the request, meetings).
 */
@Component
class PilotLanding implements Landings {

	private final FocalPoints focalPoints;
	private final Memberships memberships;
	private final AdmissionManagement admissions;

	PilotLanding(FocalPoints focalPoints, Memberships memberships, AdmissionManagement admissions) {
		this.focalPoints = focalPoints;
		this.memberships = memberships;
		this.admissions = admissions;
	}

	@Override
	public Optional<Landing> landingFor(Actor actor) {
		if (actor.isSecretariat()) {
			return Optional.of(new Landing(0, "/pilot/overview"));
		}
		List<String> states = focalPoints.statesOf(actor.accountId());
		if (!states.isEmpty() && states.stream().anyMatch(c -> waiting(actor, c))) {
			return Optional.of(new Landing(10, "/pilot/inbox"));
		}
		var mine = memberships.of(actor.accountId());
		if (mine.stream().anyMatch(m -> "SME".equals(m.kind()))) {
			return Optional.of(new Landing(30, "/pilot"));
		}
		if (!states.isEmpty()) {
			return Optional.of(new Landing(50, "/pilot/inbox"));
		}
		if (mine.isEmpty()) {
			return Optional.of(new Landing(60, "/"));
		}
		return Optional.empty();
	}

	private boolean waiting(Actor actor, String country) {
		return admissions.list(actor, AdmissionRequest.Status.SUBMITTED.name(), country, null, new ListResponse.Paging(0, 1))
			.total() > 0;
	}

	@Override
	public Optional<NextStep> nextStepFor(Actor actor) {
		if (actor.isSecretariat() || !focalPoints.statesOf(actor.accountId()).isEmpty()) {
			return Optional.empty();
		}
		var mine = memberships.of(actor.accountId());
		if (mine.isEmpty()) {
			return Optional.of(new NextStep(10, "home.next.company", "/pilot#h-new-company", "home.next.company.link"));
		}
		boolean sme = mine.stream().anyMatch(m -> "SME".equals(m.kind()));
		if (!sme) {
			return Optional.of(new NextStep(30, "home.next.meetings", "/meetings", "home.next.meetings.link"));
		}
		var requests = admissions.list(actor, null, null, null, new ListResponse.Paging(0, 50)).items();
		if (requests.stream().anyMatch(v -> v.request().status() == AdmissionRequest.Status.APPROVED)) {
			return Optional.of(new NextStep(30, "home.next.meetings", "/meetings", "home.next.meetings.link"));
		}
		if (requests.stream().anyMatch(v -> v.request().isPending())) {
			return Optional.of(new NextStep(20, "home.next.waiting", "/pilot", "home.next.waiting.link"));
		}
		return Optional.of(new NextStep(20, "home.next.request", "/pilot", "home.next.request.link"));
	}
}
