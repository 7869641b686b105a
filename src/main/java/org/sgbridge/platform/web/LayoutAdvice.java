package org.sgbridge.platform.web;

import java.util.Locale;

import org.sgbridge.platform.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: language, direction, and who is signed in. */
@ControllerAdvice
class LayoutAdvice {

	private final org.sgbridge.platform.InstallationFlags flags;
	private final java.util.List<NavigationItems> navigation;

	LayoutAdvice(org.sgbridge.platform.InstallationFlags installationFlags, java.util.List<NavigationItems> items) {
		this.flags = installationFlags;
		this.navigation = java.util.List.copyOf(items);
	}

	/** For pages only: the API has no layout, so its calls skip the navigation's queries. */
	@ModelAttribute("page")
	PageContext page(jakarta.servlet.http.HttpServletRequest request) {
		return ProblemHandler.isApi(request) ? null : current();
	}

	/** The page context of the current request, also for error pages, which skip model attributes. */
	PageContext current() {
		Locale locale = LocaleContextHolder.getLocale();
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		boolean admin = signedIn && hasRole(auth, "ROLE_ADMIN");
		boolean secretariat = signedIn && (admin || hasRole(auth, "ROLE_SECRETARIAT"));
		boolean demo = flags != null && flags.isSet(org.sgbridge.platform.InstallationFlags.DEMO_DATA);
		java.util.List<NavigationItems.Item> items = new java.util.ArrayList<>();
		org.sgbridge.platform.Actor.current().ifPresent(actor -> navigation.forEach(n -> items.addAll(n.itemsFor(actor))));
		// the tools of one's role go under one menu named after the role, so that the row stays one row
		String toolsLabel = admin ? "nav.group.admin" : secretariat ? "nav.group.secretariat" : "nav.group.focalpoint";
		return new PageContext(locale.getLanguage(), Languages.isRightToLeft(locale) ? "rtl" : "ltr",
				signedIn, signedIn ? auth.getName() : null, secretariat, admin, demo, Languages.CODES, items,
				items.stream().filter(i -> !i.tool()).toList(), items.stream().filter(NavigationItems.Item::tool).toList(),
				toolsLabel);
	}

	private static boolean hasRole(Authentication auth, String role) {
		return auth.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
	}

	/** The layout's view of the request. */
	record PageContext(String lang, String dir, boolean signedIn, String user, boolean secretariat, boolean admin,
			boolean demo, java.util.List<String> languages, java.util.List<NavigationItems.Item> items,
			java.util.List<NavigationItems.Item> mainItems, java.util.List<NavigationItems.Item> toolItems,
			String toolsLabelKey) {
	}
}
