package dev.realtimeprofiles.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One WebSocket of a connection: the first, or one a reconnect or renewal opened. Relays OkHttp's
 * callbacks (on this socket's reader thread) to the connection with itself as the key, so the
 * connection can tell the live socket from a stale one, and reports its end exactly once. Part of
 * {@link RealtimeConnection}.
 */
final class SocketAttempt extends WebSocketListener {

  /** What the connection does with a socket's callbacks. */
  interface Events {
    void opened(SocketAttempt attempt);

    void text(SocketAttempt attempt, String text);

    void binary(SocketAttempt attempt, int bytes);

    /**
     * The socket ended: {@code failure} null for a close frame with {@code code}, else OkHttp's
     * failure and the handshake response if there was one.
     */
    void ended(SocketAttempt attempt, int code, String reason, Throwable failure, Response response);
  }

  final int number;
  private final Events events;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile WebSocket socket;
  private volatile boolean opened;
  private volatile Thread reader;
  private volatile int receivedCloseCode = -1;
  private volatile String receivedCloseReason;

  SocketAttempt(int number, Events events) {
    this.number = number;
    this.events = events;
  }

  /** Starts the handshake; {@code first} (the session.update) goes out as soon as it completes. */
  void start(OkHttpClient http, Request request, String first) {
    WebSocket webSocket = http.newWebSocket(request, this);
    socket = webSocket;
    webSocket.send(first); // OkHttp queues it until the socket is open
  }

  /** Whether the handshake completed. */
  boolean opened() {
    return opened;
  }

  boolean ended() {
    return ended.get();
  }

  boolean isReaderThread() {
    return Thread.currentThread() == reader;
  }

  /** Queues {@code json}; false if the socket is closing, failed or its queue is full. */
  boolean send(String json) {
    WebSocket webSocket = socket;
    return webSocket != null && webSocket.send(json);
  }

  void close(int code, String reason) {
    WebSocket webSocket = socket;
    if (webSocket != null) {
      webSocket.close(code, reason);
    }
  }

  /** Drops the socket at once, without a close handshake. */
  void cancel() {
    WebSocket webSocket = socket;
    if (webSocket != null) {
      webSocket.cancel();
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    reader = Thread.currentThread();
    opened = true;
    events.opened(this);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    reader = Thread.currentThread();
    events.text(this, text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    reader = Thread.currentThread();
    events.binary(this, bytes.size());
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    reader = Thread.currentThread();
    receivedCloseCode = code;
    receivedCloseReason = reason;
    // Answer the server's close; 1000 because codes such as 1005 may not be sent.
    webSocket.close(1000, null);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    end(code, reason, null, null);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    int code = receivedCloseCode;
    if (code != -1) {
      end(code, receivedCloseReason, null, null); // the server closed, then dropped the socket early
    } else {
      end(-1, null, t, response);
    }
  }

  private void end(int code, String reason, Throwable failure, Response response) {
    if (ended.compareAndSet(false, true)) {
      try {
        events.ended(this, code, reason, failure, response);
      } finally {
        reader = null; // the pool may give this thread to another socket
      }
    }
  }
}
