/**
 * The annotations and enums of a Realtime session profile.
 *
 * <p>Annotate an interface or a record with {@link dev.realtimeprofiles.RealtimeSession}; the
 * {@code realtime-profiles-processor} checks every value against the OpenAI Realtime API's rules
 * at compile time and generates {@code RealtimeFoo}, an immutable request plus a typed client stub.
 *
 * <p>Closed value sets are Java enums, so javac itself rejects an unknown constant. Every enum
 * constant knows the string the API expects ({@code wireValue()}): this package is the single
 * source of truth for wire names, shared by the processor and the runtime.
 *
 * <p>An attribute a profile does not write is absent from the request: the defaults declared here
 * only document what the server does when the field is omitted.
 */
package dev.realtimeprofiles;
