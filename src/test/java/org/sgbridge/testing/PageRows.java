package org.sgbridge.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a person reads in a page's HTML: the rows of a table, an element's text, the links. */
public final class PageRows {

	private PageRows() {
	}

	/** The text of the row headers ({@code <th scope="row">}) of the table with this id, in order. */
	public static List<String> rowHeads(String html, String tableId) {
		String table = element(html, "table", tableId);
		List<String> heads = new ArrayList<>();
		if (table == null) {
			return heads;
		}
		Matcher m = Pattern.compile("<th scope=\"row\"[^>]*>(.*?)</th>", Pattern.DOTALL).matcher(table);
		while (m.find()) {
			heads.add(text(m.group(1)));
		}
		return heads;
	}

	/** The rows of the table with this id, each as the text of its cells. */
	public static List<List<String>> rows(String html, String tableId) {
		String table = element(html, "table", tableId);
		List<List<String>> rows = new ArrayList<>();
		if (table == null) {
			return rows;
		}
		String body = table.substring(Math.max(0, table.indexOf("<tbody")));
		Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		while (tr.find()) {
			List<String> cells = new ArrayList<>();
			Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
			while (cell.find()) {
				cells.add(text(cell.group(1)));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** The HTML of the element of this tag and id (not nested in one of its own tag), or null. */
	public static String element(String html, String tag, String id) {
		Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</" + tag + ">",
				Pattern.DOTALL).matcher(html);
		return m.find() ? m.group(1) : null;
	}

	/** The {@code href} of every link inside the element of this tag and id, unescaped. */
	public static List<String> links(String html, String tag, String id) {
		String inside = element(html, tag, id);
		List<String> links = new ArrayList<>();
		if (inside == null) {
			return links;
		}
		Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(inside);
		while (m.find()) {
			links.add(m.group(1).replace("&amp;", "&"));
		}
		return links;
	}

	/** Text without tags, entities decoded, spaces collapsed. */
	public static String text(String html) {
		return html.replaceAll("<[^>]+>", " ")
			.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
			.replaceAll("\\s+", " ")
			.strip();
	}
}
