package org.sgbridge.studygroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * A person's role in a study group's management team for the group's study period, from the day
 * it is made until the day it ends. Who may hold a role is {@link DecisionRights}'s rule; each
 * change raises an {@link AppointmentEvent}, which {@link Leadership} publishes when it saves it.
 * The team as it is read is {@link Leadership.Appointment}.
 */
public class Appointment {

	private final String id;
	private final String studyGroup;
	private final String studyPeriod;
	private final String accountId;
	private final DecisionRights.Role role;
	private final String question;
	private final LocalDate startsOn;
	private LocalDate endsOn;
	private final String appointedBy;
	private final Instant createdAt;
	private final List<AppointmentEvent> events = new ArrayList<>();

	Appointment(String id, String studyGroup, String studyPeriod, String accountId, DecisionRights.Role role,
			String question, LocalDate startsOn, LocalDate endsOn, String appointedBy, Instant createdAt) {
		this.id = id;
		this.studyGroup = studyGroup;
		this.studyPeriod = studyPeriod;
		this.accountId = accountId;
		this.role = role;
		this.question = question;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.appointedBy = appointedBy;
		this.createdAt = createdAt;
	}

	/**
	 * The secretariat appoints someone who takes part for organisations of {@code holderKinds}, from
	 * the act's day: refused, naming the rule, when those kinds may not hold the role (an SME's
	 * staff holds none).
	 */
	static Appointment make(String id, String studyGroup, String studyPeriod, String accountId, DecisionRights.Role role,
			String question, Collection<String> holderKinds, Act act) {
		DecisionRights.requireMayHold(role, holderKinds);
		Appointment a = new Appointment(id, studyGroup, studyPeriod, accountId, role, question, day(act), null,
				act.actorId(), act.at());
		a.events.add(new AppointmentEvent.Made(id, studyGroup, accountId, role.name(), question, act));
		return a;
	}

	/** Ends on the act's day; an appointment that has ended is no current one to end (404, as for none). */
	void end(Act act) {
		if (endsOn != null) {
			throw Problem.notFound();
		}
		endsOn = day(act);
		events.add(new AppointmentEvent.Ended(id, studyGroup, accountId, role.name(), question, act));
	}

	/** The day of an act, as the platform counts days (UTC). */
	private static LocalDate day(Act act) {
		return LocalDate.ofInstant(act.at(), ZoneOffset.UTC);
	}

	/** The events raised since it was loaded, handed over once to be published. */
	List<AppointmentEvent> pullEvents() {
		List<AppointmentEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	public boolean isCurrent() {
		return endsOn == null;
	}

	public String id() {
		return id;
	}

	public String studyGroup() {
		return studyGroup;
	}

	public String studyPeriod() {
		return studyPeriod;
	}

	public String accountId() {
		return accountId;
	}

	public DecisionRights.Role role() {
		return role;
	}

	public String question() {
		return question;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public String appointedBy() {
		return appointedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
