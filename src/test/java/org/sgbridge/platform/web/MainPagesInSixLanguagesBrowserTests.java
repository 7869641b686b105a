package org.sgbridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sgbridge.account.AccountManagement;
import org.sgbridge.decision.Decisions;
import org.sgbridge.directory.FocalPoints;
import org.sgbridge.directory.OrganizationDirectory;
import org.sgbridge.document.Contributions;
import org.sgbridge.meeting.MeetingRegistrations;
import org.sgbridge.meeting.Meetings;
import org.sgbridge.pilot.AdmissionManagement;
import org.sgbridge.pilot.InterestRegister;
import org.sgbridge.platform.Actor;
import org.sgbridge.testing.Browser;
import org.sgbridge.testing.BrowserTest;
import org.sgbridge.testing.TestAccounts;
import org.sgbridge.testing.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main page of every journey, for each role, in each of the six languages, on a 390 px phone:
 * the page is in that language (its {@code lang} and {@code dir}, no message key shown raw, no
 * English text where the language has its own, Latin digits in Arabic), nothing overflows
 * sideways, no console error; in English, Arabic and Chinese axe-core and the Nu HTML checker find
 * nothing serious. In
 * English, Arabic and Chinese it is also checked at 1280 px, and screenshots at both widths go to
 * {@code target/screenshots/six-*}. One browser, one signed-in context per role, and one set of
 * data for all languages keep the run short.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MainPagesInSixLanguagesBrowserTests extends BrowserTest {

	enum Role {
		ANONYMOUS, PARTICIPANT, DFP, SECRETARIAT, ADMIN
	}

	/**
	 * A page to check: who opens it, where, the status it answers, and what to do on it first (press
	 * a button); {@code content} marks what people wrote (a mail in its recipient's language), left
	 * out of the language checks.
	 */
	record Visit(Role role, String path, int status, String name, Consumer<Page> action, String content) {

		Visit(Role role, String path) {
			this(role, path, 200, null, null, null);
		}

		Visit(Role role, String path, int status, String name, Consumer<Page> action) {
			this(role, path, status, name, action, null);
		}

		String slug() {
			String s = (name != null ? name : path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id")).replaceAll("[^A-Za-z0-9]+", "-")
				.replaceAll("^-|-$", "");
			return role.name().toLowerCase(Locale.ROOT) + "-" + (s.isEmpty() ? "home" : s);
		}
	}

	private static final Set<String> SCREENSHOT_LANGUAGES = Set.of("en", "ar", "zh");

	/**
	 * axe-core and the Nu checker run on the three scripts and both directions (Latin, Arabic right to
	 * left, Chinese): French, Spanish and Russian share the templates with English and differ only in
	 * their texts, which the language checks read; checking them too would triple the suite's longest
	 * class for no page that differs in structure.
	 */
	private static final Set<String> ACCESSIBILITY_LANGUAGES = SCREENSHOT_LANGUAGES;

	private static final Pattern RAW_KEY = Pattern.compile("\\?\\?[^?\\s]{2,}\\?\\?|^[a-z]+(\\.[a-zA-Z0-9_-]+){2,}$");

	private static final Pattern EASTERN_DIGITS = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");

	@Autowired
	AccountManagement accounts;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	OrganizationDirectory organizations;

	@Autowired
	AdmissionManagement admissions;

	@Autowired
	InterestRegister interests;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingRegistrations registrations;

	@Autowired
	Contributions contributions;

	@Autowired
	Decisions decisions;

	private final Map<Role, Page> pages = new EnumMap<>(Role.class);

	private final Map<Page, List<String>> consoleErrors = new HashMap<>();

	private final List<Visit> visits = new ArrayList<>();

	@BeforeAll
	void setUpDataAndOneContextPerRole() {
		Actor staff = account("six-staff", Set.of(Actor.SECRETARIAT));
		Actor admin = account("six-admin", Set.of(Actor.ADMIN));
		Actor dfp = account("six-dfp", Set.of());
		Actor rep = account("six-rep", Set.of());
		Actor colleague = account("six-colleague", Set.of());
		Actor otherRep = account("six-other", Set.of());
		LocalDate today = LocalDate.now();
		String run = java.util.UUID.randomUUID().toString().substring(0, 4); // names that a database kept from a former run does not hold

		// Kyrgyzstan, used by no other test: its focal point, an approved SME and one waiting.
		focalPoints.designateForState(staff, "KG", List.of(dfp.accountId()));
		String sme = organizations.create(rep, new OrganizationDirectory.NewOrganization("Ala-Too Sensors " + run, "SME", "KG",
				25, null, null, null, null, List.of(), List.of())).id();
		String approved = admissions.submit(rep, sme, List.of("ITU-T-SG20")).request().id();
		admissions.decide(dfp, approved, "APPROVE", null);
		organizations.addMember(rep, sme, colleague.accountId());
		String other = organizations.create(otherRep, new OrganizationDirectory.NewOrganization("Issyk-Kul Data Lab " + run,
				"SME", "KG", 40, null, null, null, null, List.of(), List.of())).id();
		String waiting = admissions.submit(otherRep, other, List.of("ITU-T-SG5")).request().id();
		interests.express("Tokmok Robotics " + run, "KG", TestAccounts.uniqueEmail("six-interest"), List.of("ITU-T-SG20"),
				"192.0.2.61", Locale.ENGLISH);

		// A meeting of its group: the SME's delegate registered and validated, a colleague waiting, a contribution, a decision.
		String meeting = meetings.create(staff, new Meetings.NewMeeting("ITU-T-SG20", "RAPPORTEUR_GROUP",
				"Q2/20 rapporteur group on smart lighting (six languages)", today.plusDays(30), today.plusDays(32), "Geneva",
				"CH", true, today.minusDays(1), today.plusDays(20), 100, today.plusDays(15))).id();
		var registration = registrations.register(rep, meeting, sme, "IN_PERSON", true);
		String code = registrations.decide(dfp, registration.id(), "APPROVE", null).verificationCode();
		registrations.register(colleague, meeting, sme, "REMOTE", false);
		String contribution = contributions.submit(rep, meeting, "Low-power sensors for street lighting",
				"Measurements from a pilot in Bishkek.", List.of(), List.of(), "sensors.pdf",
				new ByteArrayInputStream(TestFiles.pdf("Low-power sensors for street lighting"))).id();
		decisions.record(staff, "ITU-T-SG20", meeting, "Draft Recommendation Y.smart-lighting (six languages)", "AAP", null,
				null, null, List.of());

		String m = "/meetings/" + meeting;
		visits.addAll(List.of(new Visit(Role.ANONYMOUS, "/"), new Visit(Role.ANONYMOUS, "/signin"),
				new Visit(Role.ANONYMOUS, "/signup"),
				new Visit(Role.ANONYMOUS, "/signup", 400, "signup-refused", p -> p.locator("main form button[type=submit]").click()),
				new Visit(Role.ANONYMOUS, "/password/forgot"),
				new Visit(Role.ANONYMOUS, "/password/reset?token=unknown", 200, "password-reset", null), new Visit(Role.ANONYMOUS, "/pilot/interest"),
				new Visit(Role.ANONYMOUS, "/meetings"), new Visit(Role.ANONYMOUS, "/meetings?past=true"),
				new Visit(Role.ANONYMOUS, m), new Visit(Role.ANONYMOUS, "/letters/verify?code=" + code, 200, "letter-verified", null),
				new Visit(Role.ANONYMOUS, "/study-groups"), new Visit(Role.ANONYMOUS, "/study-groups/ITU-T-SG20"),
				new Visit(Role.ANONYMOUS, "/study-groups/ITU-T-SG20/decisions"), new Visit(Role.ANONYMOUS, "/privacy"),
				new Visit(Role.ANONYMOUS, "/accessibility"), new Visit(Role.ANONYMOUS, "/contact"),
				new Visit(Role.ANONYMOUS, "/no/such/page", 404, "not-found", null),

				new Visit(Role.PARTICIPANT, "/"), new Visit(Role.PARTICIPANT, "/account"), new Visit(Role.PARTICIPANT, "/pilot"),
				new Visit(Role.PARTICIPANT, "/pilot/requests/" + approved), new Visit(Role.PARTICIPANT, "/meetings"),
				new Visit(Role.PARTICIPANT, "/meetings/registrations"), new Visit(Role.PARTICIPANT, m + "/documents"),
				new Visit(Role.PARTICIPANT, "/contributions/" + contribution),
				new Visit(Role.PARTICIPANT, "/pilot/inbox", 403, "forbidden", null),

				new Visit(Role.DFP, "/pilot/inbox"), new Visit(Role.DFP, "/pilot/requests/" + waiting),
				new Visit(Role.DFP, "/pilot/requests/" + waiting, 200, "approve-confirm", p -> p.locator("#approve").click()),
				new Visit(Role.DFP, "/meetings/validation"),

				new Visit(Role.SECRETARIAT, "/"), new Visit(Role.SECRETARIAT, "/pilot/overview"),
				new Visit(Role.SECRETARIAT, "/reports/pilot"), new Visit(Role.SECRETARIAT, m),
				new Visit(Role.SECRETARIAT, "/meetings/new"), new Visit(Role.SECRETARIAT, m + "/edit"),
				new Visit(Role.SECRETARIAT, "/meetings/check-in?code=" + code, 200, "check-in-found", null),
				new Visit(Role.SECRETARIAT, "/study-groups/ITU-T-SG20"),

				new Visit(Role.ADMIN, "/admin/accounts"), new Visit(Role.ADMIN, "/admin/mail", 200, null, null, "main article")));

		Map<Role, String> people = Map.of(Role.PARTICIPANT, rep.email(), Role.DFP, dfp.email(), Role.SECRETARIAT,
				staff.email(), Role.ADMIN, admin.email());
		for (Role role : Role.values()) {
			Page page = browser.newPage(baseUrl(), 390);
			List<String> errors = new ArrayList<>();
			page.onConsoleMessage(msg -> {
				if ("error".equals(msg.type())) {
					errors.add(msg.text());
				}
			});
			page.onPageError(errors::add);
			consoleErrors.put(page, errors);
			if (people.containsKey(role)) {
				signIn(page, people.get(role), "en");
			}
			pages.put(role, page);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr", "es", "ru", "ar", "zh" })
	void everyMainPageIsInTheLanguageFitsAPhoneAndIsAccessible(String language) throws IOException {
		Map<String, String> untranslated = englishTextsTranslatedInto(language);
		List<String> defects = new ArrayList<>();
		long[] spent = new long[3]; // opening and checking, screenshots, axe-core and the Nu checker
		for (Visit visit : visits) {
			Page page = pages.get(visit.role());
			page.setViewportSize(390, 844);
			String where = visit.role() + " " + visit.path() + (visit.name() != null ? " (" + visit.name() + ")" : "") + " in "
					+ language;
			try {
				long start = System.nanoTime();
				consoleErrors.get(page).clear();
				Response response = page.navigate(visit.path() + (visit.path().contains("?") ? "&" : "?") + "lang=" + language);
				int status = response == null ? 0 : response.status();
				if (visit.action() != null) {
					com.microsoft.playwright.Response after = page.waitForNavigation(() -> visit.action().accept(page));
					status = after == null ? status : after.status();
				}
				if (status != visit.status()) {
					defects.add(where + ": answered " + status + ", expected " + visit.status());
				}
				defects.addAll(checkLanguage(page, language, untranslated, visit.content()).stream().map(d -> where + ": " + d).toList());
				defects.addAll(checkFits(page, 390).stream().map(d -> where + ": " + d).toList());
				long checked = System.nanoTime();
				spent[0] += checked - start;
				if (SCREENSHOT_LANGUAGES.contains(language)) {
					screenshot(page, language, 390, visit);
					page.setViewportSize(1280, 844);
					defects.addAll(checkFits(page, 1280).stream().map(d -> where + ": " + d).toList());
					screenshot(page, language, 1280, visit);
					page.setViewportSize(390, 844);
				}
				long shot = System.nanoTime();
				spent[1] += shot - checked;
				if (ACCESSIBILITY_LANGUAGES.contains(language)) {
					try {
						Browser.assertAccessible(page);
					}
					catch (AssertionError e) {
						defects.add(where + ": " + e.getMessage().lines().limit(12).reduce("", (a, b) -> a + "\n    " + b));
					}
				}
				spent[2] += System.nanoTime() - shot;
				// The browser reports a page answered with an error status as a resource that failed: expected here.
				List<String> errors = consoleErrors.get(page).stream()
					.filter(e -> !e.startsWith("Failed to load resource: the server responded with a status of " + visit.status() + " "))
					.toList();
				if (!errors.isEmpty()) {
					defects.add(where + ": console errors " + errors);
				}
			}
			catch (RuntimeException e) {
				defects.add(where + ": " + e);
			}
		}
		System.err.printf("[six languages] %s: %d pages; opening and checks %d s, screenshots %d s, axe-core and Nu %d s "
				+ "(in this JVM so far: %s)%n", language, visits.size(), spent[0] / 1_000_000_000, spent[1] / 1_000_000_000,
				spent[2] / 1_000_000_000, Browser.checkerSeconds());
		assertThat(defects).as("defects of the main pages in %s:\n%s", language, String.join("\n", defects)).isEmpty();
	}

	/** The page's language, direction, heading, and the texts that are not in that language. */
	private static List<String> checkLanguage(Page page, String language, Map<String, String> untranslated, String content) {
		List<String> defects = new ArrayList<>();
		Object lang = page.evaluate("() => document.documentElement.getAttribute('lang')");
		Object dir = page.evaluate("() => document.documentElement.getAttribute('dir')");
		if (!language.equals(lang)) {
			defects.add("html lang=" + lang);
		}
		if (!("ar".equals(language) ? "rtl" : "ltr").equals(dir)) {
			defects.add("html dir=" + dir);
		}
		Object heading = page.evaluate("() => (document.querySelector('main h1') || {}).textContent || ''");
		if (String.valueOf(heading).isBlank()) {
			defects.add("no heading in main");
		}
		@SuppressWarnings("unchecked")
		List<String> texts = (List<String>) page.evaluate("""
				([lang, content]) => {
				  const out = [document.title];
				  const own = el => { const l = el.closest('[lang]'); return (!l || l.getAttribute('lang') === lang) && !(content && el.closest(content)); };
				  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				  while (walker.nextNode()) {
				    const p = walker.currentNode.parentElement;
				    if (!p || p.closest('script,style,template') || !own(p)) continue;
				    const t = walker.currentNode.textContent.replace(/\\s+/g, ' ').trim();
				    if (t) out.push(t);
				  }
				  for (const el of document.querySelectorAll('[placeholder],[title],[aria-label],[alt],input[type=submit],meta[name=description]')) {
				    if (!own(el)) continue;
				    for (const a of ['placeholder', 'title', 'aria-label', 'alt', 'value', 'content']) {
				      const v = el.getAttribute(a);
				      if (v && v.trim() && (a !== 'value' || el.matches('input[type=submit]'))) out.push(v.replace(/\\s+/g, ' ').trim());
				    }
				  }
				  return out;
				}""", java.util.Arrays.asList(language, content));
		for (String text : texts) {
			if (RAW_KEY.matcher(text).find()) {
				defects.add("message key shown raw: " + text);
			}
			else if (untranslated.containsKey(text)) {
				defects.add("English text " + untranslated.get(text) + "=\"" + text + "\"");
			}
			if ("ar".equals(language) && EASTERN_DIGITS.matcher(text).find()) {
				defects.add("Arabic-Indic digits (the pages write Latin digits): " + text);
			}
			if (Set.of("ar", "zh", "ru").contains(language) && text.matches(".*\\b[a-z]{3,} (the|of|to|and|for|is|are|your|this|a|an) [a-z]{2,}\\b.*")) {
				System.err.println("[six languages] English-looking text in " + language + " on " + page.url() + ": " + text);
			}
		}
		return defects;
	}

	/** Nothing wider than the screen; when something is, the elements that stick out (outside any box that scrolls). */
	private static List<String> checkFits(Page page, int width) {
		Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
		if (Boolean.TRUE.equals(fits)) {
			return List.of();
		}
		Object culprits = page.evaluate("""
				() => {
				  const w = document.documentElement.clientWidth, bad = [];
				  for (const el of document.body.querySelectorAll('*')) {
				    const r = el.getBoundingClientRect();
				    if (r.width === 0 || (r.right <= w + 1 && r.left >= -1)) continue;
				    let p = el.parentElement, inside = false;
				    for (; p && p !== document.body; p = p.parentElement) {
				      if (getComputedStyle(p).overflowX !== 'visible') { inside = true; break; }
				    }
				    if (!inside) bad.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && el.className.baseVal === undefined ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
				        + ' [' + Math.round(r.left) + ', ' + Math.round(r.right) + ']');
				  }
				  return bad.slice(-6);
				}""");
		return List.of("overflows sideways at " + width + " px (scroll width "
				+ page.evaluate("() => document.documentElement.scrollWidth") + "): " + culprits);
	}

	private static void screenshot(Page page, String language, int width, Visit visit) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "six-" + language + "-" + width + "-" + visit.slug() + ".png")));
	}

	/**
	 * The English texts of the messages, each with its key, that the language writes otherwise: seen
	 * whole on a page in that language, such a text was not translated. Messages with arguments and
	 * short ones (a word may well be the same in both) are left out.
	 */
	private static Map<String, String> englishTextsTranslatedInto(String language) throws IOException {
		Map<String, String> texts = new HashMap<>();
		if ("en".equals(language)) {
			return texts;
		}
		Properties english = bundle("");
		Properties other = bundle("_" + language);
		for (String key : english.stringPropertyNames()) {
			String value = english.getProperty(key).strip();
			if (value.contains("{") || value.contains("<") || value.length() < 4 || !value.matches(".*[A-Za-z]{3}.*")
					|| value.equals(String.valueOf(other.getProperty(key)).strip())) {
				continue;
			}
			texts.putIfAbsent(value, key);
		}
		return texts;
	}

	private static Properties bundle(String suffix) throws IOException {
		Properties props = new Properties();
		try (InputStream in = MainPagesInSixLanguagesBrowserTests.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return props;
	}

	private Actor account(String prefix, Set<String> roles) {
		var view = accounts.createActive(TestAccounts.uniqueEmail(prefix), TestAccounts.PASSWORD, prefix + " Abdyldaev", roles, "en");
		return new Actor(view.id(), view.email(), view.name(), view.roles());
	}
}
