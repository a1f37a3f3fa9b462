package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A person named in the document; span fields are those of the first mention. */
@JsonPropertyOrder({"name", "titles", "roles", "start", "end", "text"})
public record Person(String name, List<String> titles, List<Role> roles, int start, int end, String text)
        implements Mention {
    public Person {
        titles = List.copyOf(titles);
        roles = List.copyOf(roles);
    }
}
