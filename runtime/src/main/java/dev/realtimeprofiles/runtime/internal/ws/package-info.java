/** The WebSocket plumbing of {@code RealtimeConnection}: event JSON both ways, buffering. Not API. */
package dev.realtimeprofiles.runtime.internal.ws;
