package dev.realtimeprofiles.runtime;

/** What an exception carries; every text already redacted. */
record ErrorDetails(
    String message,
    Throwable cause,
    int statusCode,
    String type,
    String param,
    String code,
    String requestId) {}
