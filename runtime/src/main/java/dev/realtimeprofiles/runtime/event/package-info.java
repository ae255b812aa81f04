/**
 * The server events of a Realtime WebSocket, as records of the sealed {@link
 * dev.realtimeprofiles.runtime.event.ServerEvent}.
 *
 * <p>The GA API and the beta API name some events differently ({@code response.output_text.delta}
 * and {@code response.text.delta}); both names map to the same record, whose {@code type()} is the
 * name as received. Events this version does not model arrive as {@link
 * dev.realtimeprofiles.runtime.event.UnknownEvent} with their raw JSON: nothing is dropped.
 *
 * <p>Every event of the GA API's {@code RealtimeServerEvent} union (OpenAI's spec) has a record.
 * Text components that the server may omit are {@code null}; each accessor says so. Components
 * holding JSON ({@code sessionJson}, {@code responseJson}, {@code itemJson}) hold it as the server
 * wrote it.
 */
package dev.realtimeprofiles.runtime.event;
