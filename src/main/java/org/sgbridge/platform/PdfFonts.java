package org.sgbridge.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF being written, each read from its file when first used and embedded as a
 * subset. Their glyph substitutions are switched off: PDFBox applies them to Latin text by
 * compiling a pattern of all the font's ligatures for every string it writes, which took two thirds
 * of the time of a long document, and gave only the "fi" and "fl" ligatures (the renderer measures
 * text without them anyway). Arabic is shaped before it reaches PDFBox (ICU), so it loses nothing.
 */
final class PdfFonts implements Closeable {

	/** A font of the document: its file, and the family and weight the XHTML names it by. */
	enum Face {
		LATIN("NotoSans-Regular.ttf", "SGB Latin", 400), LATIN_BOLD("NotoSans-Bold.ttf", "SGB Latin", 700),
		ARABIC("NotoNaskhArabic-Regular.ttf", "SGB Arabic", 400), CHINESE("DroidSansFallbackFull.ttf", "SGB Chinese", 400);

		final String file;
		final String family;
		final int weight;

		Face(String file, String family, int weight) {
			this.file = file;
			this.family = family;
			this.weight = weight;
		}
	}

	/** The highest top and the deepest bottom of the regular fonts' glyphs, in ems: the same for every document. */
	private static volatile float[] bounds;

	private final Path folder;
	private final PDDocument document;
	private final Map<Face, TrueTypeFont> parsed = new EnumMap<>(Face.class);
	private final Map<Face, PDType0Font> embedded = new EnumMap<>(Face.class);

	PdfFonts(Path folder, PDDocument document) {
		this.folder = folder;
		this.document = document;
	}

	/** The font's own tables (glyphs, advances, bounding box), read once. */
	TrueTypeFont ttf(Face face) {
		return parsed.computeIfAbsent(face, f -> {
			try {
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(folder.resolve(f.file).toFile()));
				font.setEnableGsub(false);
				return font;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** The font as embedded in the document (a subset of the glyphs written with it). */
	PDType0Font pdf(Face face) {
		return embedded.computeIfAbsent(face, f -> {
			try {
				PDType0Font font = PDType0Font.load(document, ttf(f), true);
				if (font.getGsubData() != GsubData.NO_DATA_FOUND) {
					throw new IllegalStateException("Glyph substitution still on for " + f.file);
				}
				return font;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/**
	 * The highest top and the deepest bottom (as a positive number) of the glyphs of the Latin,
	 * Arabic and Chinese fonts, in ems: what the renderer makes a "normal" line of.
	 */
	float[] bounds() {
		float[] known = bounds;
		if (known == null) {
			float top = 0;
			float bottom = 0;
			for (Face face : List.of(Face.LATIN, Face.ARABIC, Face.CHINESE)) {
				try {
					TrueTypeFont ttf = ttf(face);
					float em = ttf.getUnitsPerEm();
					top = Math.max(top, ttf.getHeader().getYMax() / em);
					bottom = Math.max(bottom, -ttf.getHeader().getYMin() / em);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			known = new float[] { top, bottom };
			bounds = known;
		}
		return known;
	}

	/** Closes the font files once the document is saved (the subsets are made when it is saved). */
	@Override
	public void close() {
		for (TrueTypeFont font : parsed.values()) {
			try {
				font.close();
			}
			catch (IOException e) {
				// a font file left open until the collector closes it: nothing to report
			}
		}
	}
}
