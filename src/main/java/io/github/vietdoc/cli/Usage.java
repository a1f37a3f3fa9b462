package io.github.vietdoc.cli;

/** The help text, kept in one place so README and --help agree. */
final class Usage {
    static final String TEXT = """
            usage: java -jar vietdoc-cli.jar extract [options] PATH...
                   java -jar vietdoc-cli.jar normalize FILE
                   java -jar vietdoc-cli.jar --help | --version

            Extracts meetings, people, indicators, tasks, cited documents and letter
            headers from Vietnamese government documents; one JSON record per document.

            PATH is a file, a directory (searched recursively for .txt .md .html .htm,
            in name order) or - for standard input.

            normalize prints the cleaned text the extractors read (page furniture,
            markup and hard line breaks removed), to check a document by eye.

            extract options:
              --format jsonl|json     jsonl: one JSON line per document (default);
                                      json: one indented JSON array
              -o, --output FILE       write there instead of standard output
              --tone classic|modern   tone-mark placement of normalized values:
                                      classic = ủy, hòa (default); modern = uỷ, hoà
              --reference-date DATE   ISO date the documents speak from, for years
                                      the text leaves out (default: read from each one)
              --threads N             documents processed in parallel (default: cores)
              -h, --help              this text
              -V, --version           the version

            A document that cannot be read is {"source": ..., "error": ...} and the
            batch goes on. Exit status: 0 all documents extracted, 1 some failed,
            2 usage error.
            """;

    private Usage() {
    }
}
