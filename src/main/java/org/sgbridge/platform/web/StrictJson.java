package org.sgbridge.platform.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as API.md "Conventions" has it: nothing silently changed on the way in (a number or a
 * boolean is not text, text, {@code ""} or a number is not a boolean, a text holds no NUL), and
 * instants always with their milliseconds on the way out ({@code 2026-12-02T09:00:00.000Z}).
 * A decimal string for an amount of money stays accepted; unknown fields stay ignored.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	@Bean
	JsonMapperBuilderCustomizer strictJsonMapper() {
		return builder -> builder
			.withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.addModule(new SimpleModule("sgbridge-strict").addDeserializer(String.class, new TextWithoutNul())
				.addSerializer(Instant.class, new InstantWithMillis()));
	}

	/**
	 * Text as Jackson reads it, refusing a NUL: PostgreSQL cannot store one, and no field of ours
	 * means one, so it is refused the same on every database, naming its field.
	 */
	static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String value = super.deserialize(p, ctxt);
			if (value != null && value.indexOf('\0') >= 0) {
				return (String) ctxt.reportInputMismatch(this, "A text may not hold a NUL character");
			}
			return value;
		}
	}

	static final class InstantWithMillis extends StdSerializer<Instant> {

		InstantWithMillis() {
			super(Instant.class);
		}

		@Override
		public void serialize(Instant value, JsonGenerator gen, SerializationContext provider) {
			gen.writeString(INSTANT.format(value));
		}
	}
}
