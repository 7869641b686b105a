package org.sgbridge.membership.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sgbridge.membership.Membership;
import org.sgbridge.membership.MembershipCategories;
import org.sgbridge.membership.MembershipRegister;
import org.sgbridge.membership.SmeCategoryWhatIf;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.InstallationFlags;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.FormErrors;
import org.sgbridge.platform.web.ListQuery;
import org.sgbridge.platform.web.NavigationItems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's membership pages: the categories with their fees (set here, the earlier values
 * kept), the members with their class and status, and the what-if of the PP-18 report with its chart
 * of the income lost against the threshold. A value not understood comes back beside its field, as typed.
 */
@Controller
class MembershipPages implements NavigationItems {

	private final MembershipCategories categories;
	private final MembershipRegister register;
	private final SmeCategoryWhatIf whatIf;
	private final InstallationFlags flags;
	private final MessageSource messages;
	private final org.sgbridge.membership.MembershipInvoicing invoicing;
	private final java.time.Clock clock;

	MembershipPages(MembershipCategories categories, MembershipRegister register, SmeCategoryWhatIf whatIf,
			InstallationFlags flags, MessageSource messages, org.sgbridge.membership.MembershipInvoicing invoicing,
			java.time.Clock clock) {
		this.invoicing = invoicing;
		this.clock = clock;
		this.categories = categories;
		this.register = register;
		this.whatIf = whatIf;
		this.flags = flags;
		this.messages = messages;
	}

	@Override
	public List<Item> itemsFor(Actor actor) {
		return actor.isSecretariat() ? List.of(Item.tool("/membership", "nav.membership")) : List.of();
	}

	/** The fee form as typed. */
	record FeeForm(String category, String annualFee, String maxEmployees) {

		static final FeeForm EMPTY = new FeeForm("", "", "");
	}

	@GetMapping("/membership")
	String membership(@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model,
			Locale locale, HttpServletResponse response) {
		return page(category, status, page, size, FeeForm.EMPTY, FormErrors.none(), model, locale, response);
	}

	private String page(String category, String status, String page, String size, FeeForm form, FormErrors errors,
			Model model, Locale locale, HttpServletResponse response) {
		Actor actor = requireSecretariat();
		ListQuery query = ListQuery.at("/membership").pages(page, size);
		String chosenCategory = query.choice("category", "membership.category", category,
				List.of("SECTOR_MEMBER", "ASSOCIATE", "ACADEMIA", "SME"), null);
		String chosenStatus = query.choice("status", "membership.status", status,
				Arrays.stream(Membership.Status.values()).map(Enum::name).toList(), null);
		var list = query.fetch(paging -> register.list(chosenCategory, chosenStatus, paging.page(), paging.size()));
		if (query.hasProblems()) {
			response.setStatus(400);
		}
		model.addAttribute("errors", errors.any() ? errors : query.errors(messages, locale));
		model.addAttribute("categories", categories.all());
		model.addAttribute("category", chosenCategory);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("statuses", Membership.Status.values());
		model.addAttribute("classes", Membership.CLASSES);
		model.addAttribute("list", list);
		model.addAttribute("form", form);
		model.addAttribute("illustrative", flags.isSet(InstallationFlags.DEMO_DATA));
		model.addAttribute("secretariat", actor.isSecretariat());
		model.addAttribute("nextYear", String.valueOf(org.sgbridge.platform.Dates.today(clock).getYear() + 1));
		model.addAttribute("arrearsRate", invoicing.arrearsRate());
		return "membership/membership";
	}

	/** The secretariat sets a category's fee in a sector: {@code category} is "CODE/SECTOR" as the form's choices are. */
	@PostMapping("/membership/fees")
	String setFee(@RequestParam(required = false) String category, @RequestParam(required = false) String annualFee,
			@RequestParam(required = false) String maxEmployees, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Actor actor = requireSecretariat();
		FeeForm form = new FeeForm(category, annualFee, maxEmployees);
		try {
			String[] parts = category == null ? new String[0] : category.split("/", 2);
			if (parts.length != 2) {
				throw Problem.invalidField("category", "validation.NotBlank");
			}
			BigDecimal fee = MembershipQuery.amount("annualFee.amount", annualFee);
			Integer max = MembershipQuery.whole("maxEmployees", maxEmployees);
			categories.set(actor, parts[0], parts[1], fee, "CHF", max);
			flash.addFlashAttribute("notice", "membership.fee.saved");
			return "redirect:/membership";
		}
		catch (Problem problem) {
			if (problem.status().value() == 403) {
				throw problem;
			}
			Problem shown = problem.status().value() == 404 ? Problem.invalidField("category", "validation.NotBlank") : problem;
			response.setStatus(400);
			return page(null, null, null, null, form,
					FormErrors.of(shown, messages, locale).at(java.util.Map.of("annualFee.amount", "annualFee")), model, locale,
					response);
		}
	}

	/** The secretariat records a Sector Member's class; a refusal is said above the list, naming the rule. */
	@PostMapping("/membership/{id}/class")
	String setClass(@PathVariable String id, @RequestParam(name = "class", required = false) String written, Locale locale,
			RedirectAttributes flash) {
		Actor actor = requireSecretariat();
		try {
			register.setClass(actor, id, written);
			flash.addFlashAttribute("notice", "membership.class.saved");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			FormErrors errors = FormErrors.of(problem, messages, locale);
			flash.addFlashAttribute("problem", errors.has("class") ? errors.get("class")
					: messages.getMessage("problem." + problem.slug() + ".detail", null, problem.slug(), locale));
		}
		return "redirect:/membership#m-" + id;
	}

	/**
	 * The secretariat issues a year's membership invoices, after a confirmation that says how many and
	 * for how much (the daily job issues them from 1 September anyway).
	 */
	@PostMapping("/membership/invoices")
	String issue(@RequestParam(required = false) String year, @RequestParam(required = false) boolean confirmed, Model model,
			Locale locale, RedirectAttributes flash) {
		Actor actor = requireSecretariat();
		int chosen;
		try {
			chosen = Integer.parseInt(year == null ? "" : year.trim());
		}
		catch (NumberFormatException e) {
			flash.addFlashAttribute("problem", messages.getMessage("validation.whole-number", null, locale));
			return "redirect:/membership";
		}
		try {
			if (!confirmed) {
				org.sgbridge.membership.MembershipInvoicing.Preview preview = invoicing.preview(actor, chosen);
				model.addAttribute("confirmation", org.sgbridge.platform.web.Confirmation.of(
						messages.getMessage("membership.issue.confirm.title", new Object[] { String.valueOf(chosen) }, locale),
						messages.getMessage("membership.issue.confirm.lead", new Object[] { preview.toInvoice(),
								chf(preview.total(), locale), preview.withoutFee(),
								String.valueOf(chosen) }, locale),
						"/membership/invoices", "/membership")
					.field("year", String.valueOf(chosen))
					.build());
				return org.sgbridge.platform.web.Confirmation.VIEW;
			}
			org.sgbridge.membership.MembershipInvoicing.Issued issued = invoicing.issueYear(actor, chosen);
			flash.addFlashAttribute("problem", null);
			flash.addFlashAttribute("issued", messages.getMessage("membership.issue.done",
					new Object[] { issued.issued(), String.valueOf(issued.year()), issued.withoutFee() }, locale));
		}
		catch (Problem problem) {
			if (problem.status().value() == 403) {
				throw problem;
			}
			flash.addFlashAttribute("problem", messages.getMessage("membership.issue.year",
					new Object[] { String.valueOf(org.sgbridge.platform.Dates.today(clock).getYear()),
							String.valueOf(org.sgbridge.platform.Dates.today(clock).getYear() + 1) },
					locale));
		}
		return "redirect:/membership";
	}

	/** The secretariat sets the yearly interest rate on arrears. */
	@PostMapping("/membership/arrears-rate")
	String arrearsRate(@RequestParam(required = false) String arrearsRate, Locale locale, RedirectAttributes flash) {
		Actor actor = requireSecretariat();
		try {
			BigDecimal rate = MembershipQuery.amount("arrearsRate", arrearsRate);
			invoicing.setArrearsRate(actor, rate);
			flash.addFlashAttribute("notice", "membership.rate.saved");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403) {
				throw problem;
			}
			flash.addFlashAttribute("problem", messages.getMessage("validation.percent", null, locale));
			flash.addFlashAttribute("rateTyped", arrearsRate);
		}
		return "redirect:/membership#rate-form";
	}

	/** Notice of cancellation recorded by the secretariat, after a confirmation: the membership ends six months later. */
	@PostMapping("/membership/{id}/notice")
	String notice(@PathVariable String id, @RequestParam(required = false) boolean confirmed, Model model, Locale locale,
			RedirectAttributes flash) {
		Actor actor = requireSecretariat();
		Membership m = register.find(id).orElseThrow(Problem::notFound);
		if (!confirmed) {
			String ends = org.sgbridge.platform.Dates.format(org.sgbridge.platform.Dates.today(clock)
				.plusMonths(MembershipRegister.NOTICE_MONTHS), locale);
			model.addAttribute("confirmation", org.sgbridge.platform.web.Confirmation.of(
					messages.getMessage("membership.notice.confirm.title", null, locale),
					messages.getMessage("membership.notice.confirm.lead", new Object[] { m.sector(), ends }, locale),
					"/membership/" + id + "/notice", "/membership#m-" + id)
				.danger()
				.build());
			return org.sgbridge.platform.web.Confirmation.VIEW;
		}
		try {
			register.giveNotice(actor, id);
			flash.addFlashAttribute("notice", "membership.notice.saved");
		}
		catch (Problem problem) {
			if (problem.status().value() == 403 || problem.status().value() == 404) {
				throw problem;
			}
			flash.addFlashAttribute("problem", messages.getMessage("problem." + problem.slug() + ".detail", null, locale));
		}
		return "redirect:/membership#m-" + id;
	}

	@GetMapping("/membership/what-if")
	String whatIf(@RequestParam(required = false) String maxEmployees, @RequestParam(required = false) String annualFee,
			Model model, Locale locale, HttpServletResponse response) {
		Actor actor = requireSecretariat();
		boolean asked = maxEmployees != null || annualFee != null;
		String typedMax = asked ? maxEmployees : String.valueOf(SmeCategoryWhatIf.REPORT_THRESHOLD);
		String typedFee = asked ? annualFee : defaultFee();
		model.addAttribute("maxEmployees", typedMax);
		model.addAttribute("annualFee", typedFee);
		model.addAttribute("reportThreshold", SmeCategoryWhatIf.REPORT_THRESHOLD);
		model.addAttribute("illustrative", flags.isSet(InstallationFlags.DEMO_DATA));
		try {
			Integer max = MembershipQuery.whole("maxEmployees", typedMax);
			BigDecimal fee = MembershipQuery.amount("annualFee", typedFee);
			if (!asked && fee == null) {
				model.addAttribute("errors", FormErrors.none());
				return "membership/what-if";
			}
			SmeCategoryWhatIf.Outcome outcome = whatIf.weigh(actor, max, fee, "CHF");
			List<SmeCategoryWhatIf.Point> curve = outcome.curve();
			model.addAttribute("outcome", outcome);
			model.addAttribute("curve", curve);
			model.addAttribute("chart", IncomeLostChart.svg(
					messages.getMessage("membership.whatif.chart.title", new Object[] { fee.toPlainString() }, locale), curve,
					SmeCategoryWhatIf.REPORT_THRESHOLD, max,
					messages.getMessage("membership.whatif.chart.x", null, locale),
					messages.getMessage("membership.whatif.chart.report", null, locale),
					messages.getMessage("membership.whatif.chart.proposed", null, locale)));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (Problem problem) {
			if (problem.status().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			model.addAttribute("errors", FormErrors.of(problem, messages, locale));
		}
		return "membership/what-if";
	}

	private static String chf(BigDecimal amount, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(org.sgbridge.platform.Languages.forFormatting(locale));
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	/** The SME category's current fee (ITU-T's, else ITU-D's), as the what-if's first proposal. */
	private String defaultFee() {
		return categories.all().stream()
			.filter(c -> "SME".equals(c.code()) && c.annualFee() != null)
			.map(c -> c.annualFee().stripTrailingZeros().toPlainString())
			.findFirst().orElse("");
	}

	private static Actor requireSecretariat() {
		Actor actor = Actor.require();
		if (!actor.isSecretariat()) {
			throw Problem.forbidden("secretariat");
		}
		return actor;
	}
}
