package org.sgbridge.pilot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.Memberships;
import org.sgbridge.directory.NationalSmeCriteria;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Act;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.ListResponse;
import org.sgbridge.studygroup.StudyGroup;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission to the pilot: an SME's representative submits a request for chosen pilot groups; a
 * Designated Focal Point of the SME's country approves it, or rejects it with a reason; the
 * representative may withdraw it while it waits. Who sees and does what is decided here.
 */
@NamedInterface("api")
@Service
@Transactional
public class AdmissionManagement {

	static final Duration REMIND_AFTER = Duration.ofDays(14);

	private final AdmissionRequests requests;
	private final PilotTerms terms;
	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final NationalSmeCriteria criteria;
	private final InterestRegister interest;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final Clock clock;
	private final Memberships memberships;

	AdmissionManagement(AdmissionRequests requests, PilotTerms terms, OrganizationDirectory organizations,
			FocalPoints focalPoints, NationalSmeCriteria criteria, InterestRegister interest,
			org.springframework.context.ApplicationEventPublisher events, Clock clock, Memberships memberships) {
		this.memberships = memberships;
		this.requests = requests;
		this.terms = terms;
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.criteria = criteria;
		this.interest = interest;
		this.events = events;
		this.clock = clock;
	}

	/** A request with what its reader needs: the SME's name and its figures against the criteria. */
	public record RequestView(AdmissionRequest request, String organizationName, CriteriaCheck criteriaCheck) {
	}

	public RequestView submit(Actor actor, String organizationId, List<String> studyGroups) {
		Organization organization = organizations.find(organizationId)
			.orElseThrow(() -> Problem.invalidField("organizationId", "validation.organization"));
		if (!organizations.isRepresentative(actor.accountId(), organizationId)) {
			throw Problem.forbidden("submit-request", organization.name());
		}
		if (!organization.isSme()) {
			throw Problem.rule("not-an-sme");
		}
		if (studyGroups == null || studyGroups.isEmpty()) {
			throw Problem.invalidField("studyGroups", "validation.NotEmpty");
		}
		Map<String, String> sectorOf = new LinkedHashMap<>();
		terms.groups().forEach(g -> sectorOf.put(g.code(), g.sector()));
		List<String> asked = new ArrayList<>(new LinkedHashSet<>(studyGroups));
		for (String group : asked) {
			if (!sectorOf.containsKey(group)) {
				throw Problem.rule("group-not-in-pilot", group);
			}
		}
		if (!terms.isOpen()) {
			throw Problem.rule("pilot-closed");
		}
		String pendingWhere = " " + """
				WHERE r.organization_id = :org AND r.status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM admission_request_group g
				 WHERE g.request_id = r.id AND g.study_group IN (:groups))""";
		if (requests.count(pendingWhere, Map.of("org", organizationId, "groups", asked)) > 0) {
			throw Problem.conflict("request-pending");
		}
		String approvedWhere = pendingWhere.replace("r.status = 'SUBMITTED'", "r.status = 'APPROVED'");
		if (requests.count(approvedWhere, Map.of("org", organizationId, "groups", asked)) > 0) {
			throw Problem.conflict("already-approved");
		}
		AdmissionRequest request = AdmissionRequest.submit(organizationId, organization.country(),
				AdmissionRequests.sortGroups(asked), organization.employees(), organization.revenueAmount(),
				organization.revenueCurrency(), Act.of(actor, Act.member(organizationId), clock));
		requests.insert(request, sectorOf);
		interest.linkByEmail(organizationId, actor.email());
		return view(request, organization);
	}

	public RequestView decide(Actor actor, String requestId, String decision, String reason) {
		AdmissionRequest request = requests.find(requestId).orElseThrow(Problem::notFound);
		if (!focalPoints.ofState(request.country()).contains(actor.accountId())) {
			throw Problem.forbidden("decide-request");
		}
		String choice = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
		switch (choice) {
			case "APPROVE" -> request.approve(Act.of(actor, Act.dfp(request.country()), clock));
			case "REJECT" -> request.reject(Act.of(actor, Act.dfp(request.country()), clock), reason);
			default -> throw Problem.invalidField("decision", "validation.decision");
		}
		requests.saveDecision(request);
		return view(request, organizations.find(request.organizationId()).orElseThrow());
	}

	public RequestView withdraw(Actor actor, String requestId) {
		AdmissionRequest request = requests.find(requestId).orElseThrow(Problem::notFound);
		if (!organizations.isRepresentative(actor.accountId(), request.organizationId())) {
			throw mayRead(actor, request) ? Problem.forbidden("withdraw-request") : Problem.notFound();
		}
		request.withdraw(Act.of(actor, Act.member(request.organizationId()), clock));
		requests.saveDecision(request);
		return view(request, organizations.find(request.organizationId()).orElseThrow());
	}

	@Transactional(readOnly = true)
	public RequestView find(Actor actor, String requestId) {
		AdmissionRequest request = requests.find(requestId).orElseThrow(Problem::notFound);
		if (!mayRead(actor, request)) {
			throw Problem.notFound();
		}
		return view(request, organizations.find(request.organizationId()).orElseThrow());
	}

	/** Whether the actor may read a request: the secretariat, the DFPs of its country, the SME's members. */
	boolean mayRead(Actor actor, AdmissionRequest request) {
		return actor.isSecretariat() || focalPoints.ofState(request.country()).contains(actor.accountId())
				|| organizations.isMember(actor.accountId(), request.organizationId());
	}

	/**
	 * The requests the actor may see, oldest first: all for the secretariat, its states' for a DFP,
	 * its organisations' for an SME's member. Filters are optional.
	 */
	@Transactional(readOnly = true)
	public ListResponse<RequestView> list(Actor actor, String status, String country, String studyGroup,
			ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.isSecretariat()) {
			List<String> states = focalPoints.statesOf(actor.accountId());
			List<String> mine = memberships.of(actor.accountId()).stream().map(Memberships.Membership::id).toList();
			where.append(mine.isEmpty() ? " AND (1 = 0" : " AND (r.organization_id IN (:mine)");
			if (!mine.isEmpty()) {
				params.put("mine", mine);
			}
			if (!states.isEmpty()) {
				where.append(" OR r.country IN (:states)");
				params.put("states", states);
			}
			where.append(")");
		}
		if (status != null && !status.isBlank()) {
			try {
				params.put("status", AdmissionRequest.Status.valueOf(status.trim().toUpperCase(Locale.ROOT)).name());
			}
			catch (IllegalArgumentException e) {
				throw Problem.invalidField("status", "validation.Invalid");
			}
			where.append(" AND r.status = :status");
		}
		if (country != null && !country.isBlank()) {
			where.append(" AND r.country = :country");
			params.put("country", country.trim().toUpperCase(Locale.ROOT));
		}
		if (studyGroup != null && !studyGroup.isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM admission_request_group g WHERE g.request_id = r.id AND g.study_group = :group)");
			params.put("group", studyGroup.trim());
		}
		long total = requests.count(where.toString(), params);
		List<AdmissionRequest> page = requests.list(where.toString(), params, paging.size(), paging.offset());
		return new ListResponse<>(views(page), paging.page(), paging.size(), total);
	}

	/** The orders of a focal point's inbox: by the date of the request or the company's name. */
	public enum InboxSort {
		OLDEST("r.submitted_at, r.id"), NEWEST("r.submitted_at DESC, r.id DESC"),
		NAME("LOWER(o.name), r.submitted_at, r.id"), NAME_DESC("LOWER(o.name) DESC, r.submitted_at, r.id");

		private final String sql;

		InboxSort(String sql) {
			this.sql = sql;
		}
	}

	/**
	 * A focal point's inbox: the requests of the SMEs of the states it is a DFP of (not those of
	 * SMEs it is itself a member of), all of them for the secretariat; filtered by status, study
	 * group and a part of the company's name, in the order asked, a page at a time in SQL. 403 for
	 * anyone else.
	 */
	@Transactional(readOnly = true)
	public ListResponse<RequestView> inbox(Actor actor, AdmissionRequest.Status status, String studyGroup, String name,
			InboxSort sort, ListResponse.Paging paging) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!actor.isSecretariat()) {
			List<String> states = focalPoints.statesOf(actor.accountId());
			if (states.isEmpty()) {
				throw Problem.forbidden();
			}
			where.append(" AND r.country IN (:states)");
			params.put("states", states);
		}
		if (status != null) {
			where.append(" AND r.status = :status");
			params.put("status", status.name());
		}
		if (studyGroup != null && !studyGroup.isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM admission_request_group g WHERE g.request_id = r.id AND g.study_group = :group)");
			params.put("group", studyGroup.strip());
		}
		if (name != null && !name.isBlank()) {
			where.append(" AND LOWER(o.name) LIKE :name ESCAPE '\\'");
			params.put("name", ListQuery.likePattern(name.strip()));
		}
		long total = requests.countNamed(where.toString(), params);
		List<AdmissionRequest> page = requests.listNamed(where.toString(), params, (sort == null ? InboxSort.OLDEST : sort).sql,
				paging.size(), paging.offset());
		return new ListResponse<>(views(page), paging.page(), paging.size(), total);
	}

	/** The requests of one organisation, oldest first, for its members, its DFPs and the secretariat. */
	@Transactional(readOnly = true)
	public List<RequestView> forOrganization(Actor actor, String organizationId) {
		Organization organization = organizations.find(organizationId).orElseThrow(Problem::notFound);
		boolean allowed = actor.isSecretariat() || organizations.isMember(actor.accountId(), organizationId)
				|| focalPoints.ofState(organization.country()).contains(actor.accountId());
		if (!allowed) {
			throw Problem.notFound();
		}
		return views(requests.list(" WHERE r.organization_id = :o", Map.of("o", organizationId), 500, 0));
	}

	@Transactional(readOnly = true)
	public List<AdmissionStep> history(Actor actor, String requestId) {
		find(actor, requestId);
		return requests.history(requestId);
	}

	/** Reminds the DFPs of requests that have waited 14 days (and again every 14 days). */
	public int remindWaiting() {
		Instant now = clock.instant();
		Instant due = now.minus(REMIND_AFTER);
		int reminded = 0;
		for (AdmissionRequest request : requests.list(
				" WHERE r.status = 'SUBMITTED' AND r.submitted_at <= :due AND (r.reminded_at IS NULL OR r.reminded_at <= :due)",
				Map.of("due", java.sql.Timestamp.from(due)), 500, 0)) {
			events.publishEvent(new AdmissionReminderDue(request.id(), request.organizationId(), request.country(),
					Duration.between(request.submittedAt(), now).toDays()));
			requests.markReminded(request.id(), now);
			reminded++;
		}
		return reminded;
	}

	/** When the pilot's period has ended without an extension, waiting requests lapse. */
	public int lapseIfClosed() {
		Optional<PilotTerms.Period> period = terms.current();
		if (period.isEmpty() || terms.isOpen()) {
			return 0;
		}
		return lapseOpen(Act.system(clock)).size();
	}

	/** The requests that wait for a DFP's decision, oldest first. */
	List<AdmissionRequest> open() {
		List<AdmissionRequest> open = new ArrayList<>();
		List<AdmissionRequest> page;
		do {
			page = requests.list(" WHERE r.status = 'SUBMITTED'", Map.of(), 500, open.size());
			open.addAll(page);
		}
		while (page.size() == 500);
		return open;
	}

	/** Every waiting request lapses, by the act given (the platform's, or the secretariat's decision to end the pilot). */
	List<AdmissionRequest> lapseOpen(Act act) {
		List<AdmissionRequest> open = open();
		for (AdmissionRequest request : open) {
			request.lapse(act);
			requests.saveDecision(request);
		}
		return open;
	}

	/**
	 * Requests as a list shows them, in a fixed number of queries whatever their number: their
	 * organisations and their countries' criteria are read once for all.
	 */
	private List<RequestView> views(List<AdmissionRequest> page) {
		Map<String, Organization> orgs = organizations.findAll(page.stream().map(AdmissionRequest::organizationId).toList());
		Map<String, NationalSmeCriteria.Criteria> criteriaOf = criteria.currentOf(page.stream().map(AdmissionRequest::country).toList());
		return page.stream()
			.map(r -> view(r, orgs.get(r.organizationId()), Optional.ofNullable(criteriaOf.get(r.country()))))
			.toList();
	}

	private RequestView view(AdmissionRequest request, Organization organization) {
		return view(request, organization, criteria.current(request.country()));
	}

	private static RequestView view(AdmissionRequest request, Organization organization,
			Optional<NationalSmeCriteria.Criteria> current) {
		CriteriaCheck check = CriteriaCheck.of(request.employees(), current.map(c -> c.maxEmployees()).orElse(null),
				request.revenueAmount(), request.revenueCurrency(), current.map(c -> c.maxRevenueAmount()).orElse(null),
				current.map(c -> c.maxRevenueCurrency()).orElse(null));
		return new RequestView(request, organization.name(), check);
	}

	/** The pilot groups for which the organisation is approved now (empty when the pilot is closed). */
	@Transactional(readOnly = true)
	public java.util.Set<String> approvedGroups(String organizationId) {
		PilotStanding standing = standing(List.of(organizationId)).get(organizationId);
		return standing.open() ? standing.approved() : java.util.Set.of();
	}

	/**
	 * Where each of these organisations stands in the pilot (whether the pilot runs, its groups, the
	 * pilot groups each is approved for and those its requests await), in three queries for all.
	 */
	@Transactional(readOnly = true)
	public Map<String, PilotStanding> standing(java.util.Collection<String> organizationIds) {
		Map<String, PilotStanding> standing = new LinkedHashMap<>();
		if (organizationIds.isEmpty()) {
			return standing;
		}
		boolean open = terms.isOpen();
		List<String> pilot = terms.groups().stream().map(StudyGroup::code).toList();
		var groups = requests.groupsByStatus(organizationIds);
		for (String id : organizationIds) {
			var of = groups.getOrDefault(id, Map.of());
			java.util.Set<String> approved = new java.util.TreeSet<>(of.getOrDefault("APPROVED", java.util.Set.of()));
			approved.retainAll(pilot);
			java.util.Set<String> awaiting = new java.util.TreeSet<>(of.getOrDefault("SUBMITTED", java.util.Set.of()));
			awaiting.retainAll(pilot);
			awaiting.removeAll(approved);
			standing.put(id, new PilotStanding(open, pilot, approved, awaiting));
		}
		return standing;
	}

	/** The pilot groups, for forms. */
	@Transactional(readOnly = true)
	public List<StudyGroup> pilotGroups() {
		return terms.groups();
	}
}
