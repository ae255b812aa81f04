/**
 * A local OpenAI Realtime API on loopback, so the demo and users' tests run with no key and no
 * internet.
 *
 * <p>{@link dev.realtimeprofiles.emulator.RealtimeEmulator} serves {@code POST
 * /v1/realtime/client_secrets} (GA), {@code POST /v1/realtime/sessions} (beta) and the Realtime
 * WebSocket {@code /v1/realtime} (over TLS too); it validates what it receives as the API does,
 * detects speech in appended audio, answers with deterministic scripted responses ({@link
 * dev.realtimeprofiles.emulator.Script}, which also scripts faults: {@link
 * dev.realtimeprofiles.emulator.ScriptedError}) and records what it received so tests can assert on
 * it. {@link dev.realtimeprofiles.emulator.RealtimeEmulatorExtension}
 * wires it into JUnit 5. Everything else in this package is an implementation detail.
 */
package dev.realtimeprofiles.emulator;
