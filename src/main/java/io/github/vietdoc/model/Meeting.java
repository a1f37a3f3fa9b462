package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A meeting or working session the document reports. {@code date} is ISO ({@code 2021-06-11}) or,
 * when the year cannot be known, ISO month-day ({@code --06-11}). Additions to the contract, null when
 * the text does not say: {@code lastDate}, the last day of a meeting over several days
 * ({@code trong hai ngày 12 - 13/8}); {@code session} ({@code lần thứ V} → 5, {@code Kỳ họp thứ 14} → 14);
 * {@code term} ({@code khóa XXV} → 25); {@code termYears} ({@code nhiệm kỳ 2020-2025}).
 */
@JsonPropertyOrder({"date", "dateText", "partOfDay", "body", "kind", "chairs", "attendees", "lastDate", "session",
        "term", "termYears", "start", "end", "text"})
public record Meeting(String date, String dateText, PartOfDay partOfDay, String body, String kind,
                      List<Person> chairs, List<Person> attendees, String lastDate, Integer session, Integer term,
                      String termYears, int start, int end, String text) implements Mention {
    public Meeting {
        chairs = List.copyOf(chairs);
        attendees = List.copyOf(attendees);
    }
}
