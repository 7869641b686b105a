package org.sgbridge.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.sgbridge.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The file store: a folder (one shared volume when there are several nodes). An upload is streamed
 * to a temporary file while its SHA-256 and size are counted, never held whole in memory; it is
 * moved into place only when every rule has passed, and deleted otherwise.
 */
@Component
class FileStore {

	private final Path root;
	private final long maxBytes;

	FileStore(@Value("${sgbridge.files.path:./data/files}") String root,
			@Value("${sgbridge.files.max-size:50MB}") DataSize maxSize) {
		this.root = Path.of(root).toAbsolutePath();
		this.maxBytes = maxSize.toBytes();
	}

	/** A received upload, still temporary. */
	record Received(Path file, long size, String sha256) {
	}

	long maxBytes() {
		return maxBytes;
	}

	/** Streams the upload to a temporary file; over the limit, stops, deletes it and refuses (413). */
	Received receive(InputStream in) {
		try {
			Files.createDirectories(root.resolve("tmp"));
			Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = in.read(buffer)) > 0) {
					size += n;
					if (size > maxBytes) {
						throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "problem.file-too-large.detail");
					}
					out.write(buffer, 0, n);
				}
			}
			catch (RuntimeException | IOException e) {
				Files.deleteIfExists(temp);
				throw e;
			}
			return new Received(temp, size, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Moves a checked upload into place; returns its key. */
	String keep(Received received) {
		String key = UUID.randomUUID().toString();
		try {
			Files.createDirectories(root.resolve("files"));
			Files.move(received.file(), root.resolve("files").resolve(key), StandardCopyOption.ATOMIC_MOVE);
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void discard(Received received) {
		try {
			Files.deleteIfExists(received.file());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(root.resolve("files").resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Path path(String key) {
		return root.resolve("files").resolve(key);
	}

	/** How many files are kept, and how many temporaries are left (tests check that refusals leave none). */
	long count(String folder) {
		Path dir = root.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (var files = Files.list(dir)) {
			return files.count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
