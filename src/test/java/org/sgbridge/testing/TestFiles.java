package org.sgbridge.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files made for tests: a PDF and a DOCX with text, an executable, a zip bomb, the EICAR test file. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The start of a Linux executable (ELF), to be sent under a harmless name. */
	public static byte[] executable() {
		byte[] elf = new byte[4096];
		elf[0] = 0x7f;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		elf[4] = 2;
		elf[5] = 1;
		elf[6] = 1;
		return elf;
	}

	/** A small ZIP whose one entry unpacks to {@code megabytes} of zeros. */
	public static byte[] zipBomb(int megabytes) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("zeros.bin"));
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(block);
			}
			zip.closeEntry();
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The EICAR anti-virus test file (harmless, recognised by every scanner). */
	public static byte[] eicar() {
		return ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}
}
