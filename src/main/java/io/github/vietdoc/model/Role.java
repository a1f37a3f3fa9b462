package io.github.vietdoc.model;

/** What a person does in the document. */
public enum Role { CHAIR, SPEAKER, ATTENDEE, SIGNER }
