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
 * Documents use the font family {@value #FAMILY}.
 */
@Component
public class Pdf {

	public static final String FAMILY = "SG Bridge";

	private static final List<String> FONTS = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
			"NotoNaskhArabic-Regular.ttf", "DroidSansFallbackFull.ttf");

	private volatile Path fontFolder;

	/** Writes the PDF of {@code xhtml} to {@code out}. */
	public void render(String xhtml, OutputStream out) {
		try {
			Path fonts = fonts();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(fonts.resolve("NotoSans-Regular.ttf").toFile(), FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("NotoSans-Bold.ttf").toFile(), FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("NotoNaskhArabic-Regular.ttf").toFile(), FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fonts.resolve("DroidSansFallbackFull.ttf").toFile(), FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
