package org.sgbridge.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sgbridge.directory.Memberships;
import org.sgbridge.directory.Organization;
import org.sgbridge.document.Contributions;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.studygroup.DecisionRights;
import org.sgbridge.studygroup.StudyGroups;
import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat records decisions; entitled organisations take positions or comment. Each is in
 * the audit trail ({@link DecisionEvent}).
 */
@NamedInterface("api")
@Service
@Transactional
public class Decisions {

	private final JdbcClient jdbc;
	private final StudyGroups groups;
	private final OrganizationDirectory organizations;
	private final Meetings meetings;
	private final Memberships memberships;
	private final Contributions contributions;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Decisions(JdbcClient jdbc, StudyGroups groups, OrganizationDirectory organizations, Meetings meetings,
			Memberships memberships, Contributions contributions, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.meetings = meetings;
		this.memberships = memberships;
		this.contributions = contributions;
		this.jdbc = jdbc;
		this.groups = groups;
		this.organizations = organizations;
		this.clock = clock;
	}

	/** A decision with its positions and input contributions. */
	public record Decision(String id, String studyGroup, String meetingId, String subject, String procedure, String step,
			String outcome, LocalDate decidedOn, List<String> inputs, List<Position> positions) {
	}

	/** A position or comment of an organisation. */
	public record Position(String organizationId, String organization, String kind, String position, String comment,
			Instant recordedAt) {
	}

	/**
	 * A decision as the secretariat enters it: the date as typed ({@code YYYY-MM-DD}, optional), the
	 * input contributions by id or by number ({@code T17-SG16-C-0012}).
	 */
	public record NewDecision(String studyGroup, String meetingId, String subject, String procedure, String step,
			String outcome, String decidedOn, List<String> inputs) {
	}

	public Decision record(Actor actor, String studyGroup, String meetingId, String subject, String procedure,
			String step, String outcome, LocalDate decidedOn, List<String> inputs) {
		return record(actor, new NewDecision(studyGroup, meetingId, subject, procedure, step, outcome,
				decidedOn == null ? null : decidedOn.toString(), inputs));
	}

	/** Records a decision; every field at fault is named at once (400 {@code invalid-input}). */
	public Decision record(Actor actor, NewDecision form) {
		if (!actor.isSecretariat()) {
			throw Problem.forbidden();
		}
		String studyGroup = form.studyGroup();
		String meetingId = form.meetingId();
		List<Problem.FieldProblem> found = new ArrayList<>();
		if (studyGroup == null || groups.find(studyGroup).isEmpty()) {
			found.add(new Problem.FieldProblem("studyGroup", "validation.studyGroup", String.valueOf(studyGroup)));
		}
		if (meetingId != null && !meetingId.isBlank()
				&& meetings.find(meetingId).filter(m -> m.studyGroup().equals(studyGroup)).isEmpty()) {
			found.add(new Problem.FieldProblem("meetingId", "validation.meeting", meetingId));
		}
		List<String> inputIds = new ArrayList<>();
		List<String> given = form.inputs() == null ? List.of() : form.inputs();
		if (given.stream().anyMatch(i -> i == null || i.isBlank())) {
			found.add(new Problem.FieldProblem("inputs", "validation.NotBlank"));
		}
		else {
			// an input is a contribution's id or, as people write it, its number
			java.util.Set<String> known = contributions.existing(given);
			Map<String, String> byNumber = contributions.idsOfNumbers(given.stream().filter(i -> !known.contains(i)).toList());
			String unknown = null;
			for (String input : given) {
				String id = known.contains(input) ? input : byNumber.get(input);
				if (id == null && unknown == null) {
					unknown = input;
				}
				inputIds.add(id);
			}
			if (unknown != null) {
				found.add(new Problem.FieldProblem("inputs", "validation.contribution", unknown));
			}
			else if (inputIds.stream().distinct().count() < inputIds.size()) {
				found.add(new Problem.FieldProblem("inputs", "validation.repeated"));
			}
		}
		Act act = Act.ofStaff(actor, clock);
		StudyGroupDecision decision = StudyGroupDecision.record(form, inputIds, found, act);
		jdbc.sql("""
				INSERT INTO decision (id, study_group, meeting_id, subject, procedure, step, outcome, decided_on, created_at,
				    created_by)
				VALUES (:id, :g, :m, :s, :p, :step, :o, :on, :now, :by)""")
			.param("id", decision.id())
			.param("g", decision.studyGroup())
			.param("m", decision.meetingId())
			.param("s", decision.subject())
			.param("p", decision.procedure())
			.param("step", decision.step())
			.param("o", decision.outcome())
			.param("on", decision.decidedOn())
			.param("now", Timestamp.from(act.at()))
			.param("by", actor.accountId())
			.update();
		for (String input : decision.inputs()) {
			jdbc.sql("INSERT INTO decision_input (decision_id, contribution_id) VALUES (:d, :c)")
				.param("d", decision.id()).param("c", input).update();
		}
		decision.pullEvents().forEach(events::publishEvent);
		return find(decision.id());
	}

	/**
	 * An organisation takes a position (SUPPORT, OBJECT, ABSTAIN) or only comments, through one of
	 * its members or the secretariat on its behalf. The decision's rules ({@link StudyGroupDecision},
	 * with {@link DecisionRights}) say who may.
	 */
	public Decision position(Actor actor, String decisionId, String organizationId, String position, String comment) {
		Decision view = find(decisionId);
		java.util.Optional<Organization> found = organizations.find(organizationId);
		boolean member = found.isPresent() && organizations.isMember(actor.accountId(), organizationId);
		if (found.isPresent() && !actor.isSecretariat() && !member) {
			throw Problem.forbidden();
		}
		List<Problem.FieldProblem> problems = found.isPresent() ? List.of()
				: List.of(new Problem.FieldProblem("organizationId", "validation.organization"));
		StudyGroupDecision.Organization who = found
			.map(o -> new StudyGroupDecision.Organization(o.id(), o.name(), o.kind().name(), o.country(),
					takesPartIn(o, view.studyGroup())))
			.orElse(null);
		List<String> callerKinds = memberships.of(actor.accountId()).stream().map(Memberships.Membership::kind).toList();
		// a member speaks for its organisation; otherwise the secretariat records it on its behalf
		Act act = member ? Act.of(actor, Act.member(organizationId), clock) : Act.ofStaff(actor, clock);
		StudyGroupDecision decision = StudyGroupDecision.of(decisionId, view.studyGroup());
		StudyGroupDecision.Position taken = decision.takePosition(who, callerKinds, position, comment, problems, act);
		try {
			jdbc.sql("""
					INSERT INTO decision_position (id, decision_id, organization_id, position, comment, recorded_by, recorded_at)
					VALUES (:id, :d, :o, :p, :c, :by, :now)""")
				.param("id", taken.id())
				.param("d", decisionId)
				.param("o", taken.organizationId())
				.param("p", taken.position())
				.param("c", taken.comment())
				.param("by", actor.accountId())
				.param("now", Timestamp.from(act.at()))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw Problem.conflict("position-taken");
		}
		decision.pullEvents().forEach(events::publishEvent);
		return find(decisionId);
	}

	@Transactional(readOnly = true)
	public Decision find(String id) {
		return load(" WHERE id = :p", id == null ? "" : id).stream().findFirst().orElseThrow(Problem::notFound);
	}

	/**
	 * Whether the organisation takes part in the group: an Associate in the one group it joined, a
	 * Sector Member or Academia in the groups of its sectors, an Administration in every group.
	 */
	private boolean takesPartIn(Organization organization, String studyGroup) {
		return switch (organization.kind()) {
			case ASSOCIATE -> organization.studyGroups().contains(studyGroup);
			case SECTOR_MEMBER, ACADEMIA -> groups.find(studyGroup).map(g -> organization.sectors().contains(g.sector())).orElse(false);
			default -> true;
		};
	}

	/** The decisions of a study group, newest first. */
	@Transactional(readOnly = true)
	public List<Decision> ofGroup(String studyGroup) {
		return load(" WHERE study_group = :p ORDER BY created_at DESC, id", studyGroup == null ? "" : studyGroup);
	}

	/** The decisions of a study group, newest first, a page at a time (paged in SQL). */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Decision> ofGroup(String studyGroup,
			org.sgbridge.platform.web.ListResponse.Paging paging) {
		String group = studyGroup == null ? "" : studyGroup;
		long total = jdbc.sql("SELECT COUNT(*) FROM decision WHERE study_group = :g").param("g", group)
			.query(Long.class).single();
		List<String> ids = jdbc.sql("""
				SELECT id FROM decision WHERE study_group = :g ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
			.param("g", group)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(String.class)
			.list();
		Map<String, Decision> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			load(" WHERE id IN (:ids)", Map.of("ids", ids)).forEach(d -> byId.put(d.id(), d));
		}
		return new org.sgbridge.platform.web.ListResponse<>(ids.stream().map(byId::get).toList(), paging.page(),
				paging.size(), total);
	}

	/** Every decision, newest first, a page at a time (decisions are public, as each one is). */
	@Transactional(readOnly = true)
	public org.sgbridge.platform.web.ListResponse<Decision> all(org.sgbridge.platform.web.ListResponse.Paging paging) {
		long total = jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
		List<String> ids = jdbc.sql("SELECT id FROM decision ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(String.class)
			.list();
		Map<String, Decision> byId = new HashMap<>();
		if (!ids.isEmpty()) {
			load(" WHERE id IN (:ids)", Map.of("ids", ids)).forEach(d -> byId.put(d.id(), d));
		}
		return new org.sgbridge.platform.web.ListResponse<>(ids.stream().map(byId::get).toList(), paging.page(),
				paging.size(), total);
	}

	/** Decisions with their inputs and positions: three queries however many decisions. */
	private List<Decision> load(String where, String param) {
		return load(where, Map.of("p", param));
	}

	private List<Decision> load(String where, Map<String, ?> params) {
		List<Object[]> rows = jdbc.sql("SELECT id, study_group, meeting_id, subject, procedure, step, outcome, decided_on FROM decision"
				+ where)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate() })
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
		Map<String, List<String>> inputs = new HashMap<>();
		jdbc.sql("SELECT decision_id, contribution_id FROM decision_input WHERE decision_id IN (:ids) ORDER BY contribution_id")
			.param("ids", ids)
			.query(rs -> {
				inputs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		List<Object[]> raw = jdbc.sql("""
				SELECT decision_id, organization_id, position, comment, recorded_at FROM decision_position
				WHERE decision_id IN (:ids) ORDER BY recorded_at""")
			.param("ids", ids)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant() })
			.list();
		Map<String, Organization> orgs = organizations.findAll(raw.stream().map(r -> (String) r[1]).distinct().toList());
		Map<String, List<Position>> positions = new HashMap<>();
		for (Object[] r : raw) {
			Organization o = orgs.get(r[1]);
			positions.computeIfAbsent((String) r[0], k -> new ArrayList<>())
				.add(new Position((String) r[1], o.name(), o.kind().name(), (String) r[2], (String) r[3], (Instant) r[4]));
		}
		return rows.stream()
			.map(row -> new Decision((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
					(String) row[5], (String) row[6], (LocalDate) row[7], inputs.getOrDefault(row[0], List.of()),
					positions.getOrDefault(row[0], List.of())))
			.toList();
	}
}
