package io.github.vietdoc.model;

/** How the text bounds a value: khoảng (APPROXIMATE), hơn (MORE_THAN), gần (LESS_THAN), tối đa (AT_MOST) … */
public enum Qualifier { EXACT, APPROXIMATE, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST }
