package io.github.vietdoc;

/**
 * Entry point. {@code VietDoc.extractor().build()} gives a reusable, thread-safe {@link Extractor}:
 * <pre>{@code
 * Extractor extractor = VietDoc.extractor().referenceDate(LocalDate.of(2021, 6, 30)).build();
 * Document doc = extractor.extract("hoi-nghi.txt", text);
 * }</pre>
 */
public final class VietDoc {
    private VietDoc() {
    }

    /** A builder with the defaults: classic tone placement ({@code ủy}), every extractor, no reference date. */
    public static Extractor.Builder extractor() {
        return new Extractor.Builder();
    }

    /** The library version, from the build. */
    public static String version() {
        try (var in = VietDoc.class.getResourceAsStream("/io/github/vietdoc/version.properties")) {
            var p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
