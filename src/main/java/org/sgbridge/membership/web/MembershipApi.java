package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.membership.SmeCategoryWhatIf;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Membership, fees and pay-as-you-go": the categories of membership and their fees. */
@RestController
class MembershipApi {

	private final MembershipCategories categories;
	private final SmeCategoryWhatIf whatIf;
	private final MessageSource messages;

	MembershipApi(MembershipCategories categories, SmeCategoryWhatIf whatIf, MessageSource messages) {
		this.categories = categories;
		this.whatIf = whatIf;
		this.messages = messages;
	}

	/** Money as the API writes it. */
	record Money(BigDecimal amount, String currency) {
	}

	record CategoryJson(String code, String sector, String name, Money annualFee, Integer maxEmployees) {
	}

	record CategoryRequest(Money annualFee, Integer maxEmployees) {
	}

	@GetMapping("/api/v1/membership-categories")
	ListResponse<CategoryJson> all(Locale locale) {
		return ListResponse.all(categories.all().stream().map(c -> json(c, locale)).toList());
	}

	@PutMapping("/api/v1/membership-categories/{code}")
	CategoryJson set(@PathVariable String code, @RequestParam(required = false) String sector,
			@RequestBody CategoryRequest body, Locale locale) {
		Money fee = body.annualFee();
		return json(categories.set(Actor.require(), code, sector, fee == null ? null : fee.amount(),
				fee == null ? null : fee.currency(), body.maxEmployees()), locale);
	}

	/**
	 * What the PP-18 report weighed, at a threshold and fee: the members that would qualify, the income
	 * lost, the pilot SMEs and interested companies within the threshold (and those of unknown size).
	 */
	record WhatIfJson(int maxEmployees, Money annualFee, long qualifyingMembers, Money incomeLost, long pilotSmesEligible,
			long pilotSmesWithoutSize, long interestedCompaniesEligible, long interestedCompaniesWithoutSize,
			long membersWithoutSize) {
	}

	@GetMapping("/api/v1/reports/sme-category")
	WhatIfJson smeCategory(@RequestParam(required = false) String maxEmployees,
			@RequestParam(required = false) String annualFee) {
		Actor actor = Actor.require();
		SmeCategoryWhatIf.Outcome o = whatIf.weigh(actor, MembershipQuery.whole("maxEmployees", maxEmployees),
				MembershipQuery.amount("annualFee", annualFee), null);
		return new WhatIfJson(o.maxEmployees(), chf(o.annualFee()), o.qualifyingMembers(), chf(o.incomeLost()),
				o.pilotSmesEligible(), o.pilotSmesWithoutSize(), o.interestedCompaniesEligible(), o.interestedWithoutSize(),
				o.membersWithoutSize());
	}

	private static Money chf(BigDecimal amount) {
		return new Money(amount, "CHF");
	}

	private CategoryJson json(MembershipCategories.Category c, Locale locale) {
		return new CategoryJson(c.code(), c.sector(),
				messages.getMessage("membership.category." + c.code(), null, c.code(), locale),
				c.annualFee() == null ? null : new Money(c.annualFee().setScale(2, java.math.RoundingMode.UNNECESSARY), "CHF"),
				c.maxEmployees());
	}
}
