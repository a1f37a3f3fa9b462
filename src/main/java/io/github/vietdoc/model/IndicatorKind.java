package io.github.vietdoc.model;

/** The dimension of an indicator's unit. */
public enum IndicatorKind { MASS, AREA, LENGTH, VOLUME, MONEY, PERCENT, COUNT, OTHER }
