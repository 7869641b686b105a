package org.sgbridge.meeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.directory.Organization;
import org.sgbridge.meeting.Meeting;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.meeting.Registration;
import org.sgbridge.meeting.RegistrationEntitlement;
import org.sgbridge.platform.Actor;
import org.springframework.context.MessageSource;

/**
 * Meetings as the list and a meeting's page show them to their reader: the places left in person,
 * and for someone signed in, its registration, or whether it may register (for which of its
 * organisations) or why not, in its language, with the next step where there is one. The verdicts
 * come from the registration's own policy ({@link RegistrationEntitlement}), for all the rows at once.
 */
final class MeetingRows {

	private MeetingRows() {
	}

	/** A reason why one may not register, as a sentence, with a link to the next step where there is one. */
	record Reason(String text, String href, String linkLabel) {
	}

	/** One meeting, as a row shows it. */
	record Row(Meeting meeting, long seatsTaken, Long placesLeft, Registration registration, boolean eligible,
			List<String> organizationIds, List<String> forOrganizations, List<Reason> reasons,
			List<String> payingOrganizations) {

		public boolean registered() {
			return registration != null;
		}

		/** The meeting's study group as people write it ("ITU-T SG16"). */
		public String group() {
			return RegistrationEntitlement.groupName(meeting.studyGroup());
		}

		/** Registration opens later than that day. */
		public boolean notYetOpen(LocalDate day) {
			return day.isBefore(meeting.registrationOpens());
		}
	}

	/** The rows, and the reader's organisations (empty for someone signed out, or with none). */
	record Rows(List<Row> rows, List<Organization> organizations, boolean signedIn, boolean noOrganization) {

		/** Whether any row may be ticked to register: the form is shown only then. */
		public boolean anyTickable() {
			return rows.stream().anyMatch(r -> r.eligible() && !r.registered());
		}

		/** Whether a training or forum may be ticked: then one may register for no organisation. */
		public boolean anyOpenTickable() {
			return rows.stream().anyMatch(r -> r.eligible() && !r.registered() && r.meeting().kind().isOpenEvent());
		}
	}

	static Rows of(List<Meetings.Listing> listings, Optional<Actor> actor, MeetingRegistrations registrations,
			MessageSource messages, Locale locale) {
		if (actor.isEmpty()) {
			return new Rows(listings.stream()
				.map(l -> new Row(l.meeting(), l.seatsTaken(), l.placesLeft(), null, false, List.of(), List.of(), List.of(),
						List.of()))
				.toList(), List.of(), false, false);
		}
		MeetingRegistrations.Outlook outlook = registrations.outlook(actor.get(),
				listings.stream().map(Meetings.Listing::meeting).toList());
		Map<String, String> names = new java.util.HashMap<>();
		outlook.organizations().forEach(o -> names.put(o.id(), o.name()));
		boolean none = outlook.organizations().isEmpty();
		List<Row> rows = new ArrayList<>();
		for (Meetings.Listing l : listings) {
			RegistrationEntitlement.Verdict verdict = outlook.verdict(l.meeting().id());
			// With no organisation at all, the page says so once, not on every row.
			List<Reason> reasons = none ? List.of() : verdict.refusals().stream().map(r -> reason(r, messages, locale)).toList();
			List<String> forOrganizations = verdict.organizations().size() < names.size()
					? verdict.organizations().stream().map(names::get).toList() : List.of();
			rows.add(new Row(l.meeting(), l.seatsTaken(), l.placesLeft(), outlook.registration(l.meeting().id()),
					verdict.eligible(), verdict.organizations(), forOrganizations, reasons,
					verdict.payingOrganizations().stream().map(names::get).toList()));
		}
		return new Rows(rows, outlook.organizations(), true, none);
	}

	static Reason reason(RegistrationEntitlement.Refusal refusal, MessageSource messages, Locale locale) {
		return new Reason(messages.getMessage(refusal.messageKey(), refusal.args().toArray(), refusal.messageKey(), locale),
				refusal.nextHref(),
				refusal.nextLabelKey() == null ? null : messages.getMessage(refusal.nextLabelKey(), null, locale));
	}
}
