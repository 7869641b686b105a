package org.sgbridge.meeting;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.Pdf;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The documents of a validated registration, as PDF: the confirmation letter, the visa support
 * letter (when asked for), the badge with its QR code. Each carries the verification code that
 * the check-in desk scans and that anyone may check on the verification page.
 */
@Service
@Transactional(readOnly = true)
public class MeetingDocuments {

	public enum Kind {
		CONFIRMATION, VISA, BADGE
	}

	private final MeetingRegistrations registrations;
	private final Meetings meetings;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final AccountManagement accounts;
	private final TemplateEngine templates;
	private final Pdf pdf;
	private final Clock clock;
	private final PublicAddress publicAddress;

	MeetingDocuments(MeetingRegistrations registrations, Meetings meetings, OrganizationDirectory organizations,
			MemberStates states, AccountManagement accounts, TemplateEngine templates, Pdf pdf, Clock clock,
			PublicAddress publicAddress) {
		this.registrations = registrations;
		this.meetings = meetings;
		this.organizations = organizations;
		this.states = states;
		this.accounts = accounts;
		this.templates = templates;
		this.pdf = pdf;
		this.clock = clock;
		this.publicAddress = publicAddress;
	}

	/**
	 * Writes the document, if the registration allows it: validated (409 {@code not-validated}); a visa
	 * letter only when asked for, a badge only in person (404 otherwise). The letters are for the
	 * participant, its focal point and the secretariat; the badge for the participant and the
	 * secretariat. In {@code requested}, or the participant's language when it is null; returns the
	 * language written in.
	 */
	public Locale write(Actor actor, String registrationId, Kind kind, Locale requested, OutputStream out) {
		Registration r = registrations.find(actor, registrationId);
		if (kind == Kind.BADGE && !r.accountId().equals(actor.accountId()) && !actor.isSecretariat()) {
			throw Problem.forbidden("badge");
		}
		if (r.status() != Registration.Status.VALIDATED) {
			throw Problem.conflict("not-validated");
		}
		if (kind == Kind.VISA && !r.visaSupport() || kind == Kind.BADGE && r.mode() != Registration.Mode.IN_PERSON) {
			throw Problem.notFound();
		}
		Meeting meeting = meetings.find(r.meetingId()).orElseThrow();
		// A trainee without an organisation has its letter and badge without one.
		Organization organization = organizations.find(r.organizationId())
			.orElse(new Organization(null, "", null, null, null, null, null, null, null, java.util.List.of(), java.util.List.of(), null));
		var participant = accounts.find(r.accountId()).orElseThrow();
		Locale locale = requested != null ? requested
				: org.sgbridge.platform.Languages.supported(participant.locale()).orElse(org.sgbridge.platform.Languages.DEFAULT);
		Context context = new Context(locale);
		context.setVariable("r", r);
		context.setVariable("meeting", meeting);
		context.setVariable("participant", participant);
		context.setVariable("organization", organization);
		String organizationCountry = organization.country() == null ? ""
				: states.find(organization.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse("");
		String venueCountry = meeting.country() == null ? ""
				: states.find(meeting.country(), Dates.today(clock)).map(s -> s.name(locale)).orElse("");
		String venue = meeting.city() == null ? "" : meeting.city() + ", " + venueCountry;
		String verifyUrl = publicAddress.url() + "/letters/verify?code=" + r.verificationCode();
		context.setVariable("organizationCountry", organizationCountry);
		context.setVariable("venue", venue);
		context.setVariable("today", Dates.format(Dates.today(clock), locale));
		context.setVariable("dates", Dates.formatRange(meeting.startDate(), meeting.endDate(), locale));
		context.setVariable("verifyUrl", verifyUrl);
		// Arguments of sentences, each isolated so that Latin names and codes keep their order in Arabic
		context.setVariable("iso", Map.of("participant", Pdf.isolate(participant.name()),
				"organization", Pdf.isolate(organization.name()), "meeting", Pdf.isolate(meeting.title()),
				"venue", Pdf.isolate(venue), "start", Pdf.isolate(Dates.format(meeting.startDate(), locale)),
				"end", Pdf.isolate(Dates.format(meeting.endDate(), locale)), "verifyUrl", Pdf.isolate(verifyUrl)));
		context.setVariable("qr", org.sgbridge.platform.QrCodes.dataUri(r.verificationCode(), 240, 1));
		context.setVariable("rtl", "ar".equals(locale.getLanguage()));
		String template = switch (kind) {
			case CONFIRMATION -> "documents/confirmation-letter";
			case VISA -> "documents/visa-letter";
			case BADGE -> "documents/badge";
		};
		pdf.render(templates.process(template, context), out);
		return locale;
	}

	/** What the public verification page shows of a code: enough to trust a letter, nothing more. */
	public record Verification(String participant, String organization, String meeting, String status) {
	}

	public java.util.Optional<Verification> verify(String code) {
		return registrations.byCodePublic(code).map(r -> new Verification(
				accounts.find(r.accountId()).map(a -> a.name()).orElse(""),
				organizations.find(r.organizationId()).map(Organization::name).orElse(""),
				meetings.find(r.meetingId()).map(Meeting::title).orElse(""), r.status().name()));
	}
}
