package io.github.vietdoc;

/** The extractors a caller can switch on or off; all run by default. */
public enum Feature {
    MEETINGS, PEOPLE, INDICATORS, TASKS, REFERENCES, LETTER
}
