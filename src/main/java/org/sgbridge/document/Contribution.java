package org.sgbridge.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.sgbridge.platform.Act;
import org.sgbridge.platform.Problem;

/**
 * A contribution as its changes need it: its number in the study group's series, its sources
 * (the submitter's organisation and the co-sources, each confirmed or not), its status and its
 * revision. Every change checks the contribution's state by {@link ContributionRules} and raises
 * a {@link ContributionEvent}, which the repository publishes when it saves the change. Its title,
 * abstract and Questions are kept as submitted; its file is the service's ({@link Contributions}).
 * Who may read it is the service's to decide, and its readers see {@link Contributions.Contribution}.
 */
public class Contribution {

	public enum Status {
		SUBMITTED, WITHDRAWN
	}

	/** A source organisation: confirmed by one of its members (the submitter's at once), or waiting. */
	public record Source(String organizationId, Instant confirmedAt, String confirmedBy) {

		public boolean confirmed() {
			return confirmedAt != null;
		}
	}

	private final String id;
	private final String meetingId;
	private final String studyGroup;
	private final String number;
	private final String title;
	private final String abstractText;
	private final List<String> questions;
	private final String submittedBy;
	private final Instant submittedAt;
	private final String memberState;
	private boolean isPublic;
	private final List<Source> sources;
	private Status status;
	private int revision;
	private Instant withdrawnAt;
	private final int loadedRevision;
	private final List<ContributionEvent> events = new ArrayList<>();

	/**
	 * A contribution as stored; {@code memberState} is the country of the submitter's organisation
	 * when the directory knows it (the audit trail files the contribution's changes under it).
	 */
	Contribution(String id, String meetingId, String studyGroup, String number, String title, String abstractText,
			List<String> questions, String submittedBy, Instant submittedAt, String memberState, boolean isPublic,
			List<Source> sources, Status status, int revision, Instant withdrawnAt) {
		this.id = id;
		this.meetingId = meetingId;
		this.studyGroup = studyGroup;
		this.number = number;
		this.title = title;
		this.abstractText = abstractText;
		this.questions = List.copyOf(questions);
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.memberState = memberState;
		this.isPublic = isPublic;
		this.sources = new ArrayList<>(sources);
		this.status = status;
		this.revision = revision;
		this.withdrawnAt = withdrawnAt;
		this.loadedRevision = revision;
	}

	/**
	 * A member submits for its organisation, named first among the sources and confirmed at once;
	 * the co-sources wait for a member of theirs to confirm. Who may submit to the meeting
	 * ({@link ContributionRules#submission}) and whether the fields and the file hold are checked
	 * before a number is taken, by the service.
	 */
	static Contribution submit(String id, String meetingId, String studyGroup, String number, String title,
			String abstractText, List<String> questions, String organizationId, String memberState,
			List<String> coSources, Act act) {
		List<Source> sources = new ArrayList<>();
		sources.add(new Source(organizationId, act.at(), act.actorId()));
		coSources.stream()
			.filter(o -> !o.equals(organizationId))
			.distinct()
			.forEach(o -> sources.add(new Source(o, null, null)));
		Contribution c = new Contribution(id, meetingId, studyGroup, number, title, abstractText,
				questions.stream().distinct().toList(), act.actorId(), act.at(), memberState, false, sources,
				Status.SUBMITTED, 0, null);
		c.events.add(new ContributionEvent.Submitted(id, number, studyGroup, memberState, act));
		return c;
	}

	/**
	 * A new version of the file: the number stays and the revision counts up (Rev.1, Rev.2). Only
	 * an editor (a source's member, the secretariat) may, while it is not withdrawn and until the
	 * meeting's deadline (its day included).
	 */
	void revise(boolean editor, LocalDate deadline, Act act) {
		ContributionRules.enforce(ContributionRules.revision(facts(editor, deadline, act)));
		revision++;
		events.add(new ContributionEvent.Revised(id, number, studyGroup, revision, memberState, act));
	}

	/** Withdrawn once, by an editor; it stays listed, marked withdrawn, and its number is not reused. */
	void withdraw(boolean editor, Act act) {
		ContributionRules.enforce(ContributionRules.withdrawal(facts(editor, null, act)));
		status = Status.WITHDRAWN;
		withdrawnAt = act.at();
		events.add(new ContributionEvent.Withdrawn(id, number, studyGroup, memberState, act));
	}

	/**
	 * The secretariat releases it to everyone signed in (403 for anyone else), withdrawn or not, as
	 * it may any document. Released already, nothing changes, and it says so.
	 * @return whether anything changed
	 */
	boolean publish(boolean secretariat, Act act) {
		if (!secretariat) {
			throw Problem.forbidden("secretariat");
		}
		if (isPublic) {
			return false;
		}
		isPublic = true;
		events.add(new ContributionEvent.Published(id, number, studyGroup, memberState, act));
		return true;
	}

	/**
	 * A member of a co-source confirms that its organisation is a source: only a member speaks for
	 * it (403), and only a named source that has not confirmed yet can confirm (409
	 * {@code already-decided}).
	 */
	void confirmCoSource(String organizationId, boolean member, Act act) {
		if (!member) {
			throw Problem.forbidden("sign-for-organization");
		}
		int at = indexOf(organizationId);
		if (at < 0 || sources.get(at).confirmed()) {
			throw Problem.conflict("already-decided");
		}
		sources.set(at, new Source(organizationId, act.at(), act.actorId()));
		events.add(new ContributionEvent.CoSourceConfirmed(id, number, studyGroup, organizationId, memberState, act));
	}

	/**
	 * A member of another organisation co-signs: its organisation becomes a confirmed co-source (a
	 * named one that waits confirms; one already confirmed changes nothing, and it says so).
	 * @return whether anything changed
	 */
	boolean coSign(String organizationId, boolean member, Act act) {
		if (organizationId == null || !member) {
			throw Problem.forbidden("sign-for-organization");
		}
		int at = indexOf(organizationId);
		if (at >= 0) {
			if (sources.get(at).confirmed()) {
				return false;
			}
			confirmCoSource(organizationId, true, act);
			return true;
		}
		sources.add(new Source(organizationId, act.at(), act.actorId()));
		events.add(new ContributionEvent.CoSourceConfirmed(id, number, studyGroup, organizationId, memberState, act));
		return true;
	}

	/** A source by its organisation, if it is one. */
	public java.util.Optional<Source> source(String organizationId) {
		int at = indexOf(organizationId);
		return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(sources.get(at));
	}

	private ContributionRules.ChangeFacts facts(boolean editor, LocalDate deadline, Act act) {
		// today as the rules count days (Dates.today): the act's day in UTC
		return new ContributionRules.ChangeFacts(editor, status == Status.WITHDRAWN,
				LocalDate.ofInstant(act.at(), ZoneOffset.UTC), deadline);
	}

	private int indexOf(String organizationId) {
		for (int i = 0; i < sources.size(); i++) {
			if (sources.get(i).organizationId().equals(organizationId)) {
				return i;
			}
		}
		return -1;
	}

	/** The events raised since the contribution was loaded, handed over once to be published. */
	List<ContributionEvent> pullEvents() {
		List<ContributionEvent> raised = List.copyOf(events);
		events.clear();
		return raised;
	}

	public String id() {
		return id;
	}

	public String meetingId() {
		return meetingId;
	}

	public String studyGroup() {
		return studyGroup;
	}

	public String number() {
		return number;
	}

	public String title() {
		return title;
	}

	public String abstractText() {
		return abstractText;
	}

	public List<String> questions() {
		return questions;
	}

	public String submittedBy() {
		return submittedBy;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	/** The country of the submitter's organisation, when known. */
	public String memberState() {
		return memberState;
	}

	public List<Source> sources() {
		return List.copyOf(sources);
	}

	public List<String> sourceIds() {
		return sources.stream().map(Source::organizationId).toList();
	}

	/** Released by the secretariat to everyone signed in. */
	public boolean isPublic() {
		return isPublic;
	}

	public Status status() {
		return status;
	}

	public boolean isWithdrawn() {
		return status == Status.WITHDRAWN;
	}

	public int revision() {
		return revision;
	}

	public Instant withdrawnAt() {
		return withdrawnAt;
	}

	/** The revision it had when loaded: a save changes it only if nobody changed it meanwhile. */
	int loadedRevision() {
		return loadedRevision;
	}
}
