package io.github.vietdoc.model;

/** From sáng / chiều / tối before a date. */
public enum PartOfDay { MORNING, AFTERNOON, EVENING }
