package org.sgbridge.membership;

import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sgbridge.platform.Dates;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an invoice is for, in the reader's language: a membership's fee of a year in its category and
 * sector, or the participation in a meeting with its date. Read from what the invoice is for (the
 * membership, or the registration's meeting), so that the same invoice reads in Arabic on an Arabic
 * page and PDF; the description stored at issue (English) stays what the API and the exports give,
 * and is shown when what the invoice was for is gone.
 */
@Component
public class InvoiceDescriptions {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	InvoiceDescriptions(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The description of each invoice, by its id (one query for them all). */
	@Transactional(readOnly = true)
	public Map<String, String> of(Collection<Invoice> invoices, Locale locale) {
		Map<String, String> out = new HashMap<>();
		if (invoices.isEmpty()) {
			return out;
		}
		Map<String, Invoice> byId = new HashMap<>();
		invoices.forEach(i -> byId.put(i.id(), i));
		jdbc.sql("""
				SELECT i.id, ms.category, ms.sector, mv.title, mv.start_date
				FROM invoice i
				LEFT JOIN membership ms ON i.purpose = 'MEMBERSHIP' AND ms.id = i.subject_id
				LEFT JOIN meeting_v mv ON i.purpose = 'MEETING' AND mv.id = (
				    SELECT h.meeting_id FROM meeting_registration_history_v h WHERE h.registration_id = i.subject_id
				    ORDER BY h.seq LIMIT 1)
				WHERE i.id IN (:ids)""")
			.param("ids", List.copyOf(byId.keySet()))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				Invoice invoice = byId.get(rs.getString("id"));
				String category = rs.getString("category");
				String title = rs.getString("title");
				Date start = rs.getDate("start_date");
				if (category != null) {
					String name = messages.getMessage("membership.category." + category, null, category, locale);
					out.put(invoice.id(), messages.getMessage("invoice.describe.membership",
							new Object[] { String.valueOf(invoice.dueOn().getYear()), name, isolated(rs.getString("sector")) }, locale));
				}
				else if (title != null && start != null) {
					out.put(invoice.id(), messages.getMessage("invoice.describe.meeting",
							new Object[] { isolated(title), isolated(Dates.format(start.toLocalDate(), locale)) }, locale));
				}
			});
		invoices.forEach(i -> out.putIfAbsent(i.id(), i.description()));
		return out;
	}

	/**
	 * A name or date set in a sentence of another direction, isolated (FSI … PDI): a Latin meeting title in an
	 * Arabic sentence would otherwise take the date's digits and bracket into its own run and print them apart.
	 */
	private static String isolated(String text) {
		return "\u2068" + text + "\u2069";
	}

	/** The description of one invoice. */
	public String of(Invoice invoice, Locale locale) {
		return of(List.of(invoice), locale).get(invoice.id());
	}
}
