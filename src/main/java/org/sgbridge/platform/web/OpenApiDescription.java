package org.sgbridge.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.sgbridge.platform.Problem;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API at {@code /v3/api-docs} (springdoc reads the routes and their
 * records; this adds what the code does not say): who may call each operation, bearer
 * authentication, the refusals as problem details with their slugs, and the file variants as
 * binary bodies. The operations' summaries, access and particular refusals are listed in
 * {@code openapi/operations.tsv}, transcribed from API.md.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

	static final String BEARER = "bearer";
	private static final String PROBLEM_JSON = "application/problem+json";
	private static final String PROBLEM_SCHEMA = "#/components/schemas/ProblemDetail";

	/** One operation as operations.tsv tells it. */
	record Entry(String tag, String summary, String who, List<String> problems) {

		boolean isPublic() {
			return who.equals("anyone");
		}
	}

	private static final Map<String, String> TAGS = new LinkedHashMap<>();
	static {
		TAGS.put("Accounts", "Sign-up, e-mail verification, bearer tokens, password resets, the caller's account");
		TAGS.put("Directory", "Member States, their focal points and SME criteria, organisations and their members");
		TAGS.put("Study groups", "Study groups and their management teams");
		TAGS.put("Pilot", "The SME pilot: its terms, expressions of interest, admission requests and decisions");
		TAGS.put("Meetings", "Meetings, registration and validation, letters and badges, check-in");
		TAGS.put("Contributions", "Contributions to meetings: submission, revisions, co-sources, files");
		TAGS.put("Decisions", "Decisions on Recommendations and Resolutions, and positions on them");
		TAGS.put("Reports", "The pilot's figures, annex, map and progress report");
		TAGS.put("Fellowships", "Bridging the Standardization Gap: calls for fellowships, applications, endorsements by DFPs, awards");
	}

	@Bean
	OpenAPI sgBridgeOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SG Bridge API")
				.version("v1")
				.description("""
						SME participation in the study groups of ITU-T and ITU-D: accounts, the directory of Member States \
						and organisations, the pilot's admission requests, meetings and registration, contributions, \
						decisions and the pilot's reports. JSON, UTF-8; answers in the language of `Accept-Language` \
						(ar, en, es, fr, ru, zh). Sign in with `POST /api/v1/tokens` and send `Authorization: Bearer <token>`. \
						Refusals are problem details (RFC 9457, `application/problem+json`) whose `type` is \
						`https://sgbridge.org/problems/<slug>`, stable; bad input also lists `errors` by field. \
						Collections answer `{"items", "page", "size", "total"}` with `?page=&size=` (default 50, at most 500). \
						Some routes also answer files, chosen with `Accept`: CSV, XLSX, DOCX, PDF, SVG.""")
				.contact(new Contact().name("SG Bridge").url("https://sgbridge.org")))
			.servers(List.of(new Server().url("/").description("This installation")))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("opaque token")
					.description("A token from `POST /api/v1/tokens`, sent as `Authorization: Bearer <token>`.")));
	}

	@Bean
	OpenApiCustomizer sgBridgeOperations(MessageSource messages) {
		Map<String, Entry> catalogue = catalogue();
		return openApi -> {
			// Added here, not on the bean: springdoc replaces the components' schemas with those it resolves.
			openApi.getComponents().addSchemas("ProblemDetail", problemSchema()).addSchemas("FieldError", fieldErrorSchema());
			Map<String, Tag> tags = new TreeMap<>();
			TAGS.forEach((name, description) -> tags.put(name, new Tag().name(name).description(description)));
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Entry entry = catalogue.get(method.name() + " " + path);
				describe(path, operation, entry, messages);
				for (String tag : operation.getTags() == null ? List.<String>of() : operation.getTags()) {
					tags.computeIfAbsent(tag, t -> new Tag().name(t).description("Operations of " + t));
				}
			}));
			List<Tag> ordered = new ArrayList<>();
			TAGS.keySet().forEach(name -> ordered.add(tags.remove(name)));
			ordered.addAll(tags.values());
			openApi.setTags(ordered);
		};
	}

	private static void describe(String path, Operation operation, Entry entry, MessageSource messages) {
		boolean isPublic = entry != null && entry.isPublic();
		if (entry != null) {
			operation.setSummary(entry.summary());
			operation.setDescription("Who: " + entry.who() + ".");
			operation.setTags(List.of(entry.tag()));
		}
		else if (operation.getSummary() == null) {
			operation.setSummary(humanise(operation.getOperationId()));
		}
		if (!isPublic) {
			operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
		}
		ApiResponses responses = operation.getResponses();
		binaryFiles(responses);
		Map<Integer, List<String>> problems = new TreeMap<>();
		problems.computeIfAbsent(400, s -> new ArrayList<>()).addAll(List.of("malformed", "invalid-input"));
		if (!isPublic) {
			problems.computeIfAbsent(401, s -> new ArrayList<>()).add("unauthenticated");
			problems.computeIfAbsent(403, s -> new ArrayList<>()).add("forbidden");
		}
		if (path.contains("{")) {
			problems.computeIfAbsent(404, s -> new ArrayList<>()).add("not-found");
		}
		if (entry != null) {
			for (String p : entry.problems()) {
				String[] statusAndSlug = p.split(":", 2);
				List<String> slugs = problems.computeIfAbsent(Integer.valueOf(statusAndSlug[0]), s -> new ArrayList<>());
				if (!slugs.contains(statusAndSlug[1])) {
					slugs.add(statusAndSlug[1]);
				}
			}
		}
		problems.forEach((status, slugs) -> responses.addApiResponse(String.valueOf(status), problem(status, slugs, messages)));
	}

	/** Files (CSV, XLSX, DOCX, PDF, SVG) are bytes, not JSON strings. */
	private static void binaryFiles(ApiResponses responses) {
		responses.forEach((status, response) -> {
			if (response.getContent() == null) {
				return;
			}
			response.getContent().forEach((type, media) -> {
				if (!type.contains("json") && !type.startsWith("*/")) {
					media.setSchema(binary());
				}
			});
		});
	}

	private static Schema<?> binary() {
		Schema<Object> schema = new Schema<>();
		schema.setTypes(Set.of("string"));
		schema.setFormat("binary");
		return schema;
	}

	private static ApiResponse problem(int status, List<String> slugs, MessageSource messages) {
		StringBuilder description = new StringBuilder("Refused, as a problem detail whose `type` ends with the slug: ");
		Map<String, Example> examples = new LinkedHashMap<>();
		for (int i = 0; i < slugs.size(); i++) {
			String slug = slugs.get(i);
			String title = messages.getMessage("problem." + slug + ".title", null, slug, Locale.ENGLISH);
			description.append(i == 0 ? "" : ", ").append('`').append(slug).append("` (").append(title).append(')');
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("type", Problem.TYPE_BASE + slug);
			value.put("title", title);
			value.put("status", status);
			examples.put(slug, new Example().summary(title).value(value));
		}
		description.append('.');
		Schema<Object> ref = new Schema<>();
		ref.set$ref(PROBLEM_SCHEMA);
		return new ApiResponse().description(description.toString())
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref).examples(examples)));
	}

	private static Schema<?> problemSchema() {
		Schema<Object> errors = new ArraySchema();
		errors.setTypes(Set.of("array"));
		Schema<Object> item = new Schema<>();
		item.set$ref("#/components/schemas/FieldError");
		errors.setItems(item);
		errors.setDescription("For bad input: each wrong field with a message in the caller's language.");
		Schema<Object> schema = new ObjectSchema();
		schema.setTypes(Set.of("object"));
		schema.setDescription("A refusal (RFC 9457). `type` is `https://sgbridge.org/problems/<slug>`, stable; `title` and "
				+ "`detail` are in the language of `Accept-Language`.");
		schema.addProperty("type", string("uri", "https://sgbridge.org/problems/<slug>"));
		schema.addProperty("title", string(null, "A short title of the refusal"));
		Schema<Object> status = new Schema<>();
		status.setTypes(Set.of("integer"));
		status.setFormat("int32");
		status.setDescription("The HTTP status");
		schema.addProperty("status", status);
		schema.addProperty("detail", string(null, "What happened and what to do"));
		schema.addProperty("instance", string("uri-reference", "The path of the request"));
		schema.addProperty("errors", errors);
		schema.setRequired(List.of("type", "title", "status"));
		return schema;
	}

	private static Schema<?> fieldErrorSchema() {
		Schema<Object> schema = new ObjectSchema();
		schema.setTypes(Set.of("object"));
		schema.setDescription("A wrong field of a request");
		schema.addProperty("field", string(null, "The field's name, dotted for nested fields (annualRevenue.currency)"));
		schema.addProperty("message", string(null, "Why, in the caller's language"));
		schema.setRequired(List.of("field", "message"));
		return schema;
	}

	private static Schema<Object> string(String format, String description) {
		Schema<Object> s = new Schema<>();
		s.setTypes(Set.of("string"));
		s.setFormat(format);
		s.setDescription(description);
		return s;
	}

	/** {@code annexCsv_1} becomes "Annex csv". */
	static String humanise(String operationId) {
		if (operationId == null || operationId.isBlank()) {
			return "Operation";
		}
		String words = operationId.replaceAll("_\\d+$", "").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static Map<String, Entry> catalogue() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		try (InputStream in = OpenApiDescription.class.getResourceAsStream("/openapi/operations.tsv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				List<String> problems = f.length > 5 && !f[5].isBlank() ? List.of(f[5].trim().split("\\s+")) : List.of();
				entries.put(f[0] + " " + f[1], new Entry(f[2], f[3], f[4], problems));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return entries;
	}
}
