package org.sgbridge.document;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.sgbridge.platform.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The rules a file must pass, judged by its content, not its name: an allowed type (PDF, DOCX,
 * XLSX, PPTX, ZIP), not empty, an archive within its unpacked size and entry count, and (when
 * {@code clamd} is configured) no malware. Then the text for search is taken from PDF and DOCX.
 */
@Component
class FileInspector {

	private static final Logger log = LoggerFactory.getLogger(FileInspector.class);

	static final String PDF = "application/pdf";
	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
	static final String ZIP = "application/zip";

	static final Map<String, String> EXTENSIONS = Map.of(PDF, "pdf", DOCX, "docx", XLSX, "xlsx", PPTX, "pptx", ZIP, "zip");

	/** Made on the first upload, not at start (its detectors take a moment to load). */
	private volatile Tika tika;
	private final long maxUnpacked;
	private final int maxEntries;
	private final String clamd;

	FileInspector(@Value("${sgbridge.files.max-unpacked:200MB}") org.springframework.util.unit.DataSize maxUnpacked,
			@Value("${sgbridge.files.max-entries:10000}") int maxEntries,
			@Value("${sgbridge.clamd:}") String clamd) {
		this.maxUnpacked = maxUnpacked.toBytes();
		this.maxEntries = maxEntries;
		this.clamd = clamd;
	}

	/** Checks the file; returns its content type. */
	String check(Path file, long size) {
		if (size == 0) {
			throw Problem.rule("empty-file");
		}
		String type = detect(file);
		if (!EXTENSIONS.containsKey(type)) {
			throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed", "problem.file-type-not-allowed.detail");
		}
		if (type.equals(ZIP) || type.equals(DOCX) || type.equals(XLSX) || type.equals(PPTX)) {
			checkArchive(file);
		}
		scan(file);
		return type;
	}

	private String detect(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			String detected = tika().detect(in);
			if (detected.equals(ZIP) || detected.equals("application/x-tika-ooxml") || detected.startsWith("application/vnd.openxmlformats")) {
				return ooxmlOrZip(file);
			}
			return detected;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An Office Open XML file is a ZIP: which one it is depends on its parts. */
	private static String ooxmlOrZip(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.getEntry("[Content_Types].xml") != null) {
				if (zip.getEntry("word/document.xml") != null) {
					return DOCX;
				}
				if (zip.getEntry("xl/workbook.xml") != null) {
					return XLSX;
				}
				if (zip.getEntry("ppt/presentation.xml") != null) {
					return PPTX;
				}
			}
			return ZIP;
		}
		catch (IOException e) {
			return "application/octet-stream";
		}
	}

	/** Counts what the archive really unpacks to (not what its headers claim), stopping at the limits. */
	private void checkArchive(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			long total = 0;
			int entries = 0;
			Set<String> names = new HashSet<>();
			byte[] buffer = new byte[64 * 1024];
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > maxEntries || !names.add(entry.getName())) {
					throw Problem.rule("archive-too-large");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > maxUnpacked) {
							throw Problem.rule("archive-too-large");
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed", "problem.file-type-not-allowed.detail");
		}
	}

	/** Asks clamd (zINSTREAM) when one is configured as host:port. */
	private void scan(Path file) {
		if (clamd == null || clamd.isBlank()) {
			return;
		}
		String[] hostPort = clamd.split(":");
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 5000);
			socket.setSoTimeout(60_000);
			OutputStream raw = socket.getOutputStream();
			DataOutputStream out = new DataOutputStream(raw);
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			try (InputStream in = Files.newInputStream(file)) {
				byte[] chunk = new byte[32 * 1024];
				int n;
				while ((n = in.read(chunk)) > 0) {
					out.writeInt(n);
					out.write(chunk, 0, n);
				}
			}
			out.writeInt(0);
			out.flush();
			String answer = new String(new DataInputStream(socket.getInputStream()).readAllBytes(), StandardCharsets.US_ASCII).trim();
			if (answer.contains("FOUND")) {
				log.warn("clamd found malware in an upload: {}", answer);
				throw Problem.rule("malware-found");
			}
			if (!answer.endsWith("OK")) {
				throw new IllegalStateException("clamd answered: " + answer);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("clamd at " + clamd + " did not answer", e);
		}
	}

	/** The text of a PDF or DOCX, for search (at most a million characters); empty otherwise. */
	String text(Path file, String type) {
		try {
			String text = switch (type) {
				case PDF -> {
					try (PDDocument document = Loader.loadPDF(file.toFile())) {
						yield new PDFTextStripper().getText(document);
					}
				}
				case DOCX -> {
					try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
							XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
						yield extractor.getText();
					}
				}
				default -> "";
			};
			return text.length() > 1_000_000 ? text.substring(0, 1_000_000) : text;
		}
		catch (IOException | RuntimeException e) {
			log.info("No text taken from an upload of type {}: {}", type, e.getMessage());
			return "";
		}
	}

	private Tika tika() {
		Tika found = tika;
		if (found == null) {
			found = new Tika();
			tika = found;
		}
		return found;
	}
}
