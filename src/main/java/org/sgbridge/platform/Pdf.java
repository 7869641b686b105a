package org.sgbridge.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML to PDF with fonts for the six languages embedded (Noto Sans, Noto
 * Naskh Arabic, Droid Sans Fallback for Chinese) and right-to-left text shaped and ordered.
 * Documents set {@code font-family:} {@value #FONTS_CSS}: each font is its own family, so that a
 * character the first lacks is looked up in the next (under one shared family name only the first
 * font is used, and every Arabic or Chinese character comes out as a hash sign).
 */
@Component
public class Pdf {

	/** The value of a document's {@code font-family}: Latin and Cyrillic, then Arabic, then Chinese. */
	public static final String FONTS_CSS = "'SGB Latin', 'SGB Arabic', 'SGB Chinese'";

	private static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
			"NotoNaskhArabic-Regular.ttf", "DroidSansFallbackFull.ttf");

	private static final java.util.regex.Pattern RTL_DOCUMENT = java.util.regex.Pattern.compile("<html[^>]*\\sdir=\"rtl\"");

	private volatile Path fontFolder;

	/** Writes the PDF of {@code xhtml} to {@code out}. */
	public void render(String xhtml, OutputStream out) {
		try {
			Path fonts = fonts();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(fonts.resolve("NotoSans-Regular.ttf").toFile(), "SGB Latin", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("NotoSans-Bold.ttf").toFile(), "SGB Latin", 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("NotoNaskhArabic-Regular.ttf").toFile(), "SGB Arabic", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("DroidSansFallbackFull.ttf").toFile(), "SGB Chinese", 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			// A paragraph of an Arabic document that begins with a Latin name is still right to left
			if (RTL_DOCUMENT.matcher(xhtml).find()) {
				builder.defaultTextDirection(PdfRendererBuilder.TextDirection.RTL);
			}
			builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * {@code text}, escaped for XHTML, between Unicode directional isolates (left-to-right or
	 * right-to-left after its first strong character), so that a Latin name, a code or an address
	 * keeps its order and its punctuation inside Arabic text, and an Arabic name inside Latin text.
	 * (The renderer ignores CSS {@code unicode-bidi}; its bidi algorithm honours the isolates.)
	 */
	public static String isolate(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		boolean rtl = com.ibm.icu.text.Bidi.getBaseDirection(text) == com.ibm.icu.text.Bidi.RTL;
		return (rtl ? "\u2067" : "\u2066") + org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8") + "\u2069";
	}

	/** The fonts, copied once from the class path to a folder (the renderer reads files). */
	private Path fonts() throws IOException {
		Path folder = fontFolder;
		if (folder == null) {
			synchronized (this) {
				if (fontFolder == null) {
					Path created = Files.createTempDirectory("sgbridge-fonts");
					for (String font : FONTS) {
						try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + font)) {
							Files.copy(in, created.resolve(font), StandardCopyOption.REPLACE_EXISTING);
						}
					}
					created.toFile().deleteOnExit();
					for (File f : created.toFile().listFiles()) {
						f.deleteOnExit();
					}
					fontFolder = created;
				}
				folder = fontFolder;
			}
		}
		return folder;
	}
}
