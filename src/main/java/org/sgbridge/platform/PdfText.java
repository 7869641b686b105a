package org.sgbridge.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.sgbridge.platform.PdfFonts.Face;

/**
 * Text as the XHTML renderer sets it, for a table drawn straight with PDFBox: each character in the
 * first of the document's fonts that has it (Latin, then Arabic, then Chinese), lines broken where
 * ICU allows, each line in visual order by ICU's bidi algorithm with its right-to-left runs shaped
 * (Arabic letters joined) and reversed, as the renderer's own ICU support does. A cell's text takes
 * the direction of its first strong character, so that a Latin name keeps its final full stop in
 * an Arabic document; a cell without one takes the document's direction.
 */
final class PdfText {

	/** Text in one font, in visual order, ready to be shown. */
	record Piece(Face face, String text, float width) {
	}

	/** A line in visual order (left to right) and its width. */
	record Line(List<Piece> pieces, float width) {
	}

	private static final Face[] REGULAR = { Face.LATIN, Face.ARABIC, Face.CHINESE };
	private static final Face[] BOLD = { Face.LATIN_BOLD, Face.ARABIC, Face.CHINESE };

	private final PdfFonts fonts;
	private final float size;
	private final boolean rtl;
	private final Map<Face, CmapLookup> cmaps = new EnumMap<>(Face.class);
	/** Per font, the advance of each character of the basic plane met so far (NaN: not yet looked up). */
	private final Map<Face, float[]> advances = new EnumMap<>(Face.class);
	/** Per character of the basic plane, 1 + the index of the first font that has it, 0 for none, -1 not yet looked up. */
	private final byte[] coverage = new byte[0x10000];
	private final Map<Integer, Integer> otherCoverage = new HashMap<>();
	private final Map<Face, Map<Integer, Float>> otherAdvances = new EnumMap<>(Face.class);
	private final ArabicShaping shaper = new ArabicShaping(ArabicShaping.LETTERS_SHAPE);
	private final BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);

	PdfText(PdfFonts fonts, float size, boolean rtl) {
		this.fonts = fonts;
		this.size = size;
		this.rtl = rtl;
		java.util.Arrays.fill(coverage, (byte) -1);
	}

	float size() {
		return size;
	}

	/**
	 * The height of a line, "normal" as the renderer makes it for the document's font list: the
	 * highest ascent and the deepest descent of the fonts' bounding boxes (at 10.5 pt, 17.6 pt).
	 */
	float lineHeight() {
		return ascent() + descent();
	}

	/** From the top of a line to its baseline. */
	float ascent() {
		return fonts.bounds()[0] * size;
	}

	private float descent() {
		return fonts.bounds()[1] * size;
	}

	/** The width of {@code text} on one line. */
	float width(String text, boolean bold) {
		return measure(shapeIfArabic(text), bold);
	}

	/** The widest word of {@code text}: the narrowest its column can be. */
	float widestWord(String text, boolean bold) {
		float widest = 0;
		for (String word : words(text, false)) {
			widest = Math.max(widest, width(word.stripTrailing(), bold));
		}
		return widest;
	}

	/**
	 * {@code text} broken into lines no wider than {@code max}, each in visual order: between words
	 * (after a space, or beside a Chinese character), and a word wider than that where ICU allows
	 * (after a hyphen), else where it must.
	 */
	List<Line> lines(String text, float max, boolean bold, boolean nowrap) {
		String clean = text == null ? "" : text.strip();
		byte level = direction(clean);
		List<Line> lines = new ArrayList<>();
		Line whole = line(clean, level, bold);
		if (nowrap || whole.width() <= max) {
			lines.add(whole);
			return lines;
		}
		StringBuilder current = new StringBuilder();
		for (String word : words(clean, false)) {
			if (width((current + word).stripTrailing(), bold) <= max) {
				current.append(word);
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(line(current.toString().stripTrailing(), level, bold));
				current.setLength(0);
			}
			if (width(word.stripTrailing(), bold) <= max) {
				current.append(word);
				continue;
			}
			for (String part : words(word, true)) {
				if (!current.isEmpty() && width((current + part).stripTrailing(), bold) > max) {
					lines.add(line(current.toString().stripTrailing(), level, bold));
					current.setLength(0);
				}
				while (width(part.stripTrailing(), bold) > max && part.length() > 1) {
					int cut = part.length() - 1;
					while (cut > 1 && width(part.substring(0, cut), bold) > max) {
						cut--;
					}
					if (Character.isLowSurrogate(part.charAt(cut))) {
						cut--;
					}
					lines.add(line(part.substring(0, cut), level, bold));
					part = part.substring(cut);
				}
				current.append(part);
			}
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(line(current.toString().stripTrailing(), level, bold));
		}
		return lines;
	}

	/**
	 * The words of {@code text}, each with the spaces after it: cut where ICU allows a line break
	 * after a space or beside a Chinese character (as the renderer measures a column's narrowest), or
	 * at every break ICU allows ({@code all}).
	 */
	private List<String> words(String text, boolean all) {
		List<String> words = new ArrayList<>();
		breaks.setText(text);
		int start = 0;
		for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
			if (all || end == text.length() || Character.isWhitespace(text.charAt(end - 1)) || ideographic(text.codePointBefore(end))
					|| ideographic(text.codePointAt(end))) {
				words.add(text.substring(start, end));
				start = end;
			}
		}
		if (start < text.length()) {
			words.add(text.substring(start));
		}
		return words;
	}

	private static boolean ideographic(int cp) {
		return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA;
	}

	/** {@code text} on one line as it is, spaces included. */
	Line single(String text) {
		return line(text, direction(text), false);
	}

	/** The paragraph level of a cell: its first strong character's direction, else the document's. */
	private byte direction(String text) {
		int base = Bidi.getBaseDirection(text);
		if (base == Bidi.NEUTRAL) {
			return rtl ? Bidi.RTL : Bidi.LTR;
		}
		return base == Bidi.RTL ? Bidi.RTL : Bidi.LTR;
	}

	private Line line(String logical, byte level, boolean bold) {
		List<Piece> pieces = new ArrayList<>();
		char[] chars = logical.toCharArray();
		if (level == Bidi.LTR && !Bidi.requiresBidi(chars, 0, chars.length)) {
			pieces(logical, bold, pieces);
		}
		else {
			Bidi bidi = new Bidi(logical, level);
			for (int i = 0; i < bidi.countRuns(); i++) {
				BidiRun run = bidi.getVisualRun(i);
				String text = logical.substring(run.getStart(), run.getLimit());
				pieces(run.isOddRun() ? Bidi.writeReverse(shape(text), Bidi.DO_MIRRORING) : text, bold, pieces);
			}
		}
		float width = 0;
		for (Piece piece : pieces) {
			width += piece.width();
		}
		return new Line(pieces, width);
	}

	/** Splits visual text into runs of one font each, leaving out format characters (directional isolates). */
	private void pieces(String visual, boolean bold, List<Piece> into) {
		Face current = null;
		StringBuilder text = new StringBuilder();
		float width = 0;
		for (int i = 0; i < visual.length();) {
			int cp = visual.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.getType(cp) == Character.FORMAT) {
				continue;
			}
			Face face = Character.isWhitespace(cp) && current != null ? current : face(cp, bold);
			if (face == null) {
				face = bold ? Face.LATIN_BOLD : Face.LATIN;
				cp = '#';
			}
			if (face != current && !text.isEmpty()) {
				into.add(new Piece(current, text.toString(), width));
				text.setLength(0);
				width = 0;
			}
			current = face;
			text.appendCodePoint(cp);
			width += advance(face, cp);
		}
		if (!text.isEmpty()) {
			into.add(new Piece(current, text.toString(), width));
		}
	}

	private float measure(String text, boolean bold) {
		float width = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (Character.getType(cp) == Character.FORMAT) {
				continue;
			}
			Face face = face(cp, bold);
			width += face == null ? advance(bold ? Face.LATIN_BOLD : Face.LATIN, '#') : advance(face, cp);
		}
		return width;
	}

	/** The first font of the list that has the character, or null when none has it. */
	private Face face(int cp, boolean bold) {
		int index;
		if (cp < 0x10000) {
			index = coverage[cp];
			if (index < 0) {
				index = lookUp(cp);
				coverage[cp] = (byte) index;
			}
		}
		else {
			index = otherCoverage.computeIfAbsent(cp, this::lookUp);
		}
		return index == 0 ? null : (bold ? BOLD : REGULAR)[index - 1];
	}

	private int lookUp(int cp) {
		for (int i = 0; i < REGULAR.length; i++) {
			if (cmap(REGULAR[i]).getGlyphId(cp) > 0) {
				return i + 1;
			}
		}
		return 0;
	}

	private float advance(Face face, int cp) {
		if (cp >= 0x10000) {
			return otherAdvances.computeIfAbsent(face, f -> new HashMap<>()).computeIfAbsent(cp, c -> lookUpAdvance(face, c));
		}
		float[] known = advances.computeIfAbsent(face, f -> {
			float[] all = new float[0x10000];
			java.util.Arrays.fill(all, Float.NaN);
			return all;
		});
		float advance = known[cp];
		if (Float.isNaN(advance)) {
			advance = lookUpAdvance(face, cp);
			known[cp] = advance;
		}
		return advance;
	}

	private float lookUpAdvance(Face face, int cp) {
		try {
			TrueTypeFont ttf = fonts.ttf(face);
			return ttf.getAdvanceWidth(cmap(face).getGlyphId(cp)) * size / ttf.getUnitsPerEm();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private CmapLookup cmap(Face face) {
		return cmaps.computeIfAbsent(face, f -> {
			try {
				return fonts.ttf(f).getUnicodeCmapLookup();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private String shapeIfArabic(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0600' && c <= '\u08FF' || c >= '\uFB50' && c <= '\uFEFF') {
				return shape(text);
			}
		}
		return text;
	}

	private String shape(String text) {
		try {
			return shaper.shape(text);
		}
		catch (ArabicShapingException e) {
			return text;
		}
	}
}
