package org.sgbridge.directory;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names for searching, ignoring case and accents, identically in Java (the query) and in SQL
 * (the stored names): one table of characters for SQL's {@code TRANSLATE}, which PostgreSQL and H2
 * both have, and which, unlike {@code LOWER}, does not depend on the database's locale. The table
 * maps A–Z, the accented Latin letters (Latin-1, Extended-A and -B, Vietnamese), Greek and Cyrillic
 * capitals to their lower-case letter without accents ("Émilie" and "EMILIE" both read "emilie");
 * Cyrillic keeps its letters (й stays й) but for ё, read as е.
 */
final class NameFolding {

	static final String FROM;
	static final String TO;

	static {
		StringBuilder from = new StringBuilder();
		StringBuilder to = new StringBuilder();
		int[][] ranges = { { 'A', 'Z' }, { 0x00C0, 0x024F }, { 0x1E00, 0x1EFF }, { 0x0370, 0x03FF }, { 0x0400, 0x04FF } };
		for (int[] range : ranges) {
			for (int c = range[0]; c <= range[1]; c++) {
				if (!Character.isLetter(c)) {
					continue;
				}
				char folded = fold((char) c);
				if (folded != c) {
					from.append((char) c);
					to.append(folded);
				}
			}
		}
		FROM = from.toString();
		TO = to.toString();
	}

	private NameFolding() {
	}

	private static char fold(char c) {
		switch (c) {
			case 'ø', 'Ø' -> { return 'o'; }
			case 'ł', 'Ł' -> { return 'l'; }
			case 'đ', 'Đ' -> { return 'd'; }
			case 'ħ', 'Ħ' -> { return 'h'; }
			case 'ı' -> { return 'i'; }
			case 'ё', 'Ё' -> { return 'е'; }
			default -> { }
		}
		String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
		String base = c >= 0x0400 && c <= 0x04FF ? lower
				: Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return base.length() == 1 ? base.charAt(0) : (lower.length() == 1 ? lower.charAt(0) : c);
	}

	/** The text folded as the SQL expression {@link #sql(String)} folds a column. */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int at = FROM.indexOf(c);
			out.append(at < 0 ? c : TO.charAt(at));
		}
		return out.toString();
	}

	/**
	 * The SQL that folds a column, the table written into it as literals (letters only). Searches
	 * read the organisation's {@code name_folded}, which the database computes with it
	 * ({@code V19_4__Organization_name_folded}).
	 */
	static String sql(String column) {
		return "TRANSLATE(" + column + ", '" + FROM + "', '" + TO + "')";
	}
}
