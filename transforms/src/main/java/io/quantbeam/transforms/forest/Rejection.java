package io.quantbeam.transforms.forest;

/** Why an input bar was rejected: a snake_case reason (one counter each) and a message for people. */
public record Rejection(String reason, String detail) {}
