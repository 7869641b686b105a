package org.sgbridge.directory.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.NationalSmeCriteria;
import org.sgbridge.directory.Organization;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class OrganizationApi {

	private final OrganizationDirectory organizations;
	private final FocalPoints focalPoints;
	private final NationalSmeCriteria criteria;

	OrganizationApi(OrganizationDirectory organizations, FocalPoints focalPoints, NationalSmeCriteria criteria) {
		this.organizations = organizations;
		this.focalPoints = focalPoints;
		this.criteria = criteria;
	}

	@PostMapping("/organizations")
	@ResponseStatus(HttpStatus.CREATED)
	OrganizationJson create(@RequestBody OrganizationRequest body) {
		Actor actor = Actor.require();
		Money revenue = body.annualRevenue();
		Organization created = organizations.create(actor, new OrganizationDirectory.NewOrganization(body.name(),
				body.kind(), body.country(), body.employees(), revenue == null ? null : revenue.amount(),
				revenue == null ? null : revenue.currency(), body.website(), body.description(), body.sectors(),
				body.studyGroups()));
		return OrganizationJson.of(created, true);
	}

	/** Organisations by name (ignoring case and accents), kind and Member State, by name; without size and revenue. */
	@GetMapping("/organizations")
	ListResponse<OrganizationSummary> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String country,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Actor.require();
		var found = organizations.search(q, kind, country, ListResponse.paging(page, size));
		return new ListResponse<>(found.items().stream().map(OrganizationSummary::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/organizations/{id}")
	OrganizationJson one(@PathVariable String id) {
		Actor actor = Actor.require();
		Organization organization = organizations.find(id).orElseThrow(Problem::notFound);
		return OrganizationJson.of(organization, organizations.maySeeFigures(actor, organization));
	}

	@PostMapping("/organizations/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> addMember(@PathVariable String id, @RequestBody MemberRequest body) {
		organizations.addMember(Actor.require(), id, body.accountId());
		return Map.of("organizationId", id, "accountId", body.accountId());
	}

	@PutMapping("/organizations/{id}/focal-points")
	Map<String, Object> organizationFocalPoints(@PathVariable String id, @RequestBody FocalPointsRequest body) {
		return Map.of("organizationId", id, "accountIds", focalPoints.designate(Actor.require(), id, body.accountIds()));
	}

	@PutMapping("/member-states/{code}/focal-points")
	Map<String, Object> stateFocalPoints(@PathVariable String code, @RequestBody FocalPointsRequest body) {
		return Map.of("memberState", code.toUpperCase(), "accountIds",
				focalPoints.designateForState(Actor.require(), code, body.accountIds()));
	}

	@PutMapping("/member-states/{code}/sme-criteria")
	CriteriaJson setCriteria(@PathVariable String code, @RequestBody CriteriaRequest body) {
		Money max = body.maxAnnualRevenue();
		return CriteriaJson.of(criteria.set(Actor.require(), code, body.maxEmployees(),
				max == null ? null : max.amount(), max == null ? null : max.currency(), body.note()));
	}

	/** The criteria in force first, then the earlier versions. */
	@GetMapping("/member-states/{code}/sme-criteria")
	ListResponse<CriteriaJson> criteriaHistory(@PathVariable String code) {
		Actor.require();
		return ListResponse.page(criteria.history(code).stream().map(CriteriaJson::of).toList());
	}

	record Money(BigDecimal amount, String currency) {
	}

	record OrganizationRequest(String name, String kind, String country, Integer employees, Money annualRevenue,
			String website, String description, List<String> sectors, List<String> studyGroups) {
	}

	record MemberRequest(String accountId) {
	}

	record FocalPointsRequest(List<String> accountIds) {
	}

	record CriteriaRequest(Integer maxEmployees, Money maxAnnualRevenue, String note) {
	}

	record CriteriaJson(String memberState, Integer maxEmployees, Money maxAnnualRevenue, String note, Instant setAt) {

		static CriteriaJson of(NationalSmeCriteria.Criteria c) {
			return new CriteriaJson(c.country(), c.maxEmployees(),
					c.maxRevenueAmount() == null ? null : new Money(c.maxRevenueAmount(), c.maxRevenueCurrency()), c.note(),
					c.setAt());
		}
	}

	/** An organisation in a list: what anyone signed in may know of it. */
	record OrganizationSummary(String id, String name, String kind, String country, String website, List<String> sectors,
			List<String> studyGroups) {

		static OrganizationSummary of(Organization o) {
			return new OrganizationSummary(o.id(), o.name(), o.kind().name(), o.country(), o.website(), o.sectors(),
					o.studyGroups());
		}
	}

	record OrganizationJson(String id, String name, String kind, String country, Integer employees,
			Money annualRevenue, String website, String description, List<String> sectors, List<String> studyGroups) {

		static OrganizationJson of(Organization o, boolean figures) {
			return new OrganizationJson(o.id(), o.name(), o.kind().name(), o.country(), figures ? o.employees() : null,
					figures && o.revenueAmount() != null ? new Money(o.revenueAmount(), o.revenueCurrency()) : null,
					o.website(), o.description(), o.sectors(), o.studyGroups());
		}
	}
}
