package io.github.vietdoc.bench;

import io.github.vietdoc.classify.DocTypeClassifier;
import io.github.vietdoc.extract.*;
import io.github.vietdoc.model.DocType;
import io.github.vietdoc.text.Normalizer;
import io.github.vietdoc.text.SourceText;
import io.github.vietdoc.text.TonePlacement;
import java.nio.file.*;
import java.util.*;

/** Time per pipeline stage over a folder: {@code StageBench DIR}. */
public final class StageBench {
    public static void main(String[] args) throws Exception {
        List<SourceText> docs = new ArrayList<>();
        Normalizer n = Normalizer.create(TonePlacement.CLASSIC);
        try (var files = Files.walk(Path.of(args[0]))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                docs.add(n.normalize(Files.readString(p)));
            }
        }
        DocTypeClassifier classifier = new DocTypeClassifier();
        Map<String, java.util.function.Consumer<SourceText>> stages = new LinkedHashMap<>();
        PageHeaderExtractor header = new PageHeaderExtractor();
        BylineExtractor byline = new BylineExtractor();
        ReferenceExtractor refs = new ReferenceExtractor();
        TaskExtractor tasks = new TaskExtractor();
        LetterExtractor letter = new LetterExtractor();
        PeopleExtractor people = new PeopleExtractor();
        MeetingExtractor meetings = new MeetingExtractor();
        IndicatorExtractor indicators = new IndicatorExtractor();
        stages.put("classify", classifier::classify);
        stages.put("sentences", SourceText::sentences);
        stages.put("header", d -> header.extract(d, DocType.NEWS_ITEM));
        stages.put("byline", d -> byline.extract(d, DocType.NEWS_ITEM));
        stages.put("references", d -> refs.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null)));
        stages.put("tasks", d -> tasks.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null)));
        stages.put("letter(news)", d -> letter.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null)));
        stages.put("indicators", d -> indicators.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null)));
        stages.put("people", d -> people.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null), Byline.NONE, null));
        stages.put("meetings", d -> meetings.extract(new ExtractionContext(d, DocType.NEWS_ITEM, null),
                PeopleResult.EMPTY, null));
        for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
            for (var e : stages.entrySet()) {
                long t0 = System.nanoTime();
                docs.forEach(e.getValue());
                System.out.printf(Locale.ROOT, "%-14s %6.2f s%n", e.getKey(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
