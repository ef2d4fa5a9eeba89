package io.quantbeam.transforms.merton;

/** Why a row was rejected: a snake_case reason code (one counter each) and a message for people. */
public record Rejection(String reason, String detail) {}
