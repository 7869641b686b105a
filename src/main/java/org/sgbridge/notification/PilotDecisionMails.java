package org.sgbridge.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sgbridge.account.AccountManagement;
import org.sgbridge.account.AccountView;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.MemberStates;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.pilot.PilotDecisionEvent;
import org.sgbridge.pilot.PilotDecisionEvent.ApprovedSme;
import org.sgbridge.pilot.PilotDecisionEvent.OpenRequest;
import org.sgbridge.pilot.PilotEnded;
import org.sgbridge.platform.Audited;
import org.sgbridge.platform.Dates;
import org.sgbridge.platform.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mails of the Conference's decision on the pilot, one to each person concerned, in that
 * person's language, however many ways it is concerned: the representatives of each approved SME
 * (on an end, with what comes after: the SME category, at its fee and employee threshold in the
 * sectors of the SME's groups, or pay-as-you-go), the representatives of the SMEs whose request
 * lapsed (or will lapse, for an end on a later day), and the DFPs of the Member States concerned
 * (how many of their SMEs were approved, how many requests lapsed). Written in the outbox in the
 * decision's transaction.
 */
@Component
class PilotDecisionMails {

	static final String SME_CATEGORY = "SME";

	private final Mailbox mailbox;
	private final AccountManagement accounts;
	private final FocalPoints focalPoints;
	private final OrganizationDirectory organizations;
	private final MemberStates states;
	private final MembershipCategories categories;
	private final MessageSource messages;
	private final PublicAddress publicAddress;
	private final Clock clock;

	PilotDecisionMails(Mailbox mailbox, AccountManagement accounts, FocalPoints focalPoints,
			OrganizationDirectory organizations, MemberStates states, MembershipCategories categories,
			MessageSource messages, PublicAddress publicAddress, Clock clock) {
		this.mailbox = mailbox;
		this.accounts = accounts;
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.states = states;
		this.categories = categories;
		this.messages = messages;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	/** What one person is told: the SMEs it represents, approved or waiting, and the states it is a DFP of. */
	private static final class Recipient {

		final List<ApprovedSme> approved = new ArrayList<>();
		final List<OpenRequest> open = new ArrayList<>();
		final Set<String> states = new TreeSet<>();
	}

	@Order(Audited.BEFORE_THE_AUDIT_ENTRY)
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PilotDecisionEvent event) {
		boolean ended = event instanceof PilotEnded;
		Map<String, Recipient> recipients = new LinkedHashMap<>();
		for (ApprovedSme sme : event.approved()) {
			organizations.representatives(sme.organizationId())
				.forEach(rep -> recipients.computeIfAbsent(rep, k -> new Recipient()).approved.add(sme));
		}
		if (ended) {
			for (OpenRequest request : event.open()) {
				organizations.representatives(request.organizationId())
					.forEach(rep -> recipients.computeIfAbsent(rep, k -> new Recipient()).open.add(request));
			}
		}
		for (String state : event.states()) {
			focalPoints.ofState(state).forEach(dfp -> recipients.computeIfAbsent(dfp, k -> new Recipient()).states.add(state));
		}
		if (recipients.isEmpty()) {
			return;
		}
		Set<String> ids = new LinkedHashSet<>();
		event.approved().forEach(s -> ids.add(s.organizationId()));
		event.open().forEach(r -> ids.add(r.organizationId()));
		Map<String, Organization> names = organizations.findAll(ids);
		Map<String, MembershipCategories.Category> smeCategory = new LinkedHashMap<>();
		if (ended) {
			categories.all().stream().filter(c -> SME_CATEGORY.equals(c.code())).forEach(c -> smeCategory.put(c.sector(), c));
		}
		LocalDate today = Dates.today(clock);
		recipients.forEach((accountId, r) -> accounts.find(accountId).ifPresent(to -> {
			Locale locale = Locale.forLanguageTag(to.locale());
			List<String> parts = new ArrayList<>();
			for (ApprovedSme sme : r.approved) {
				String name = name(names, sme.organizationId());
				String groups = String.join(", ", sme.studyGroups());
				if (ended) {
					List<String> offers = sme.sectors().stream().map(s -> offer(s, smeCategory.get(s), locale)).toList();
					parts.add(msg("mail.pilot.ended.part.approved", locale, name, groups, String.join("; ", offers)));
				}
				else {
					parts.add(msg("mail.pilot.extended.part.approved", locale, name, groups));
				}
			}
			for (OpenRequest request : r.open) {
				String key = ((PilotEnded) event).lapsedAtOnce() ? "mail.pilot.ended.part.lapsed" : "mail.pilot.ended.part.pending";
				parts.add(msg(key, locale, name(names, request.organizationId()), String.join(", ", request.studyGroups()),
						Dates.format(event.endsOn(), locale)));
			}
			for (String state : r.states) {
				long approved = event.approved().stream().filter(s -> s.country().equals(state)).count();
				long open = event.open().stream().filter(o -> o.country().equals(state)).count();
				String stateName = states.find(state, today).map(s -> s.name(locale)).orElse(state);
				String key = !ended ? "mail.pilot.extended.part.dfp"
						: ((PilotEnded) event).lapsedAtOnce() ? "mail.pilot.ended.part.dfp" : "mail.pilot.ended.part.dfp-pending";
				// counts in Latin digits, as dates are written in every language
				parts.add(msg(key, locale, stateName, Long.toString(approved), Long.toString(open),
						Dates.format(event.endsOn(), locale)));
			}
			String link = publicAddress.url() + (r.approved.isEmpty() && r.open.isEmpty() ? "/pilot/inbox" : "/pilot");
			send(to, ended ? "pilot.ended" : "pilot.extended", to.name(), Dates.format(event.endsOn(), locale),
					event.decision(), String.join("\n\n", parts), link);
		}));
	}

	/** The SME category in a sector: its yearly fee and employee threshold, or that the fee is to be set. */
	private String offer(String sector, MembershipCategories.Category category, Locale locale) {
		if (category == null || category.annualFee() == null) {
			return msg("mail.pilot.ended.offer.unset", locale, sector);
		}
		String fee = money(category.annualFee(), locale);
		return category.maxEmployees() == null ? msg("mail.pilot.ended.offer.fee", locale, sector, fee)
				: msg("mail.pilot.ended.offer", locale, sector, fee, Integer.toString(category.maxEmployees()));
	}

	static String money(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	private static String name(Map<String, Organization> names, String id) {
		Organization o = names.get(id);
		return o == null ? id : o.name();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private void send(AccountView to, String template, Object... args) {
		mailbox.queue(to.email(), Locale.forLanguageTag(to.locale()), template, args);
	}
}
