package org.sgbridge.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.sgbridge.document.Contributions;
import org.sgbridge.platform.Actor;
import org.sgbridge.platform.Problem;
import org.sgbridge.platform.web.ListResponse;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
class ContributionApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Contributions contributions;

	ContributionApi(Contributions contributions) {
		this.contributions = contributions;
	}

	/** Multipart: part {@code metadata} (JSON) and part {@code file}. */
	@PostMapping(value = "/meetings/{id}/contributions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Contributions.Contribution submit(@PathVariable String id,
			@RequestPart(name = "metadata", required = false) String metadata,
			@RequestPart(name = "file", required = false) MultipartFile file) {
		Actor actor = Actor.require();
		Metadata m = parse(metadata);
		// A missing file is said with the other fields at fault, by the service.
		try (InputStream in = file == null ? null : file.getInputStream()) {
			return contributions.submit(actor, id, m.title(), m.abstractText(), m.sourceOrganizationIds(), m.questions(),
					file == null ? null : file.getOriginalFilename(), in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/meetings/{id}/contributions")
	ListResponse<Contributions.Contribution> list(@PathVariable String id, @RequestParam(required = false) String q) {
		return ListResponse.page(contributions.search(Actor.require(), id, q));
	}

	@GetMapping("/contributions/{id}")
	Contributions.Contribution one(@PathVariable String id) {
		return contributions.find(Actor.require(), id);
	}

	@PostMapping(value = "/contributions/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Contributions.Contribution revise(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file) {
		Actor actor = Actor.require();
		// Who may revise is judged before the file is missed.
		try (InputStream in = file == null ? null : file.getInputStream()) {
			return contributions.revise(actor, id, in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping("/contributions/{id}/withdrawal")
	Contributions.Contribution withdraw(@PathVariable String id) {
		return contributions.withdraw(Actor.require(), id);
	}

	@PostMapping("/contributions/{id}/confirmation")
	Contributions.Contribution confirm(@PathVariable String id, @RequestBody ConfirmRequest body) {
		return contributions.confirm(Actor.require(), id, body.organizationId());
	}

	@PostMapping("/contributions/{id}/publication")
	Contributions.Contribution publish(@PathVariable String id) {
		return contributions.publish(Actor.require(), id);
	}

	/** The bytes, with their type, an ETag (the SHA-256), a safe name, always as an attachment. */
	@GetMapping("/contributions/{id}/file")
	ResponseEntity<Resource> file(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Contributions.FileView f = contributions.file(Actor.require(), id);
		String etag = "\"" + f.sha256() + "\"";
		if (etag.equals(ifNoneMatch)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.contentType()))
			.contentLength(f.size())
			.eTag(etag)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(f.path()));
	}

	private static Metadata parse(String metadata) {
		if (metadata == null || metadata.isBlank()) {
			throw Problem.invalidField("metadata", "validation.NotNull");
		}
		try {
			return JSON.readValue(metadata, Metadata.class);
		}
		catch (JacksonException e) {
			throw Problem.of(HttpStatus.BAD_REQUEST, "malformed");
		}
	}

	record Metadata(String title, @com.fasterxml.jackson.annotation.JsonProperty("abstract") String abstractText,
			List<String> sourceOrganizationIds, List<String> questions) {
	}

	record ConfirmRequest(String organizationId) {
	}
}
