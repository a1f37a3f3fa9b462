package io.github.vietdoc.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Header and footer of an administrative document. {@code date} is ISO. */
@JsonPropertyOrder({"issuers", "number", "place", "date", "subject", "recipients", "distribution", "signer"})
public record Letter(List<String> issuers, String number, String place, String date, String subject,
                     List<String> recipients, List<String> distribution, Signer signer) {
    public Letter {
        issuers = List.copyOf(issuers);
        recipients = List.copyOf(recipients);
        distribution = List.copyOf(distribution);
    }
}
