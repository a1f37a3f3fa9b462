package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A meeting or working session the document reports. {@code date} is ISO ({@code 2021-06-11}) or,
 * when the year cannot be known, ISO month-day ({@code --06-11}).
 */
@JsonPropertyOrder({"date", "dateText", "partOfDay", "body", "kind", "chairs", "attendees", "start", "end", "text"})
public record Meeting(String date, String dateText, PartOfDay partOfDay, String body, String kind,
                      List<Person> chairs, List<Person> attendees, int start, int end, String text) implements Mention {
    public Meeting {
        chairs = List.copyOf(chairs);
        attendees = List.copyOf(attendees);
    }
}
