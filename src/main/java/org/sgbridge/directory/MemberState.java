package org.sgbridge.directory;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * An ITU Member State as it stands on a date: codes, names in the six languages, ITU region, and
 * least-developed / developing status on that date.
 */
@NamedInterface("api")
public record MemberState(String code, String m49, Region region, boolean ldc, boolean developing,
		LocalDate memberSince, Map<String, String> names, String administrationId) {

	/** The name in the language of {@code locale}, English when there is none. */
	public String name(Locale locale) {
		return names.getOrDefault(locale.getLanguage(), names.get("en"));
	}

	/** ITU's regions, those of its regional offices. */
	public enum Region {
		AFR, AMS, ARB, ASP, CIS, EUR
	}
}
