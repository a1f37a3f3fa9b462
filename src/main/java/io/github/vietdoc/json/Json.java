package io.github.vietdoc.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.vietdoc.model.Document;
import java.io.UncheckedIOException;

/**
 * The one configured Jackson mapper: nulls omitted, numbers written plainly ({@code 5800000000}, never
 * {@code 5.8E+9}), keys in the record order of OUTPUT.md. Thread-safe.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private static final ObjectWriter LINE = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One document as a single JSON line (no line break inside). */
    public static String line(Document document) {
        return write(LINE, document);
    }

    /** One document as indented JSON, for golden files and reading. */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
