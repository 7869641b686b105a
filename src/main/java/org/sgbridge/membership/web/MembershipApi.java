package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.sgbridge.membership.MembershipCategories;
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
	private final MessageSource messages;

	MembershipApi(MembershipCategories categories, MessageSource messages) {
		this.categories = categories;
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

	private CategoryJson json(MembershipCategories.Category c, Locale locale) {
		return new CategoryJson(c.code(), c.sector(),
				messages.getMessage("membership.category." + c.code(), null, c.code(), locale),
				c.annualFee() == null ? null : new Money(c.annualFee().setScale(2, java.math.RoundingMode.UNNECESSARY), "CHF"),
				c.maxEmployees());
	}
}
