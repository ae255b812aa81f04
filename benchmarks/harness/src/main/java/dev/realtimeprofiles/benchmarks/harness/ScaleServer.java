package dev.realtimeprofiles.benchmarks.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Realtime WebSocket server for the scale benchmark that needs no thread per connection: one
 * selector thread serves every socket (MockWebServer and the emulator take one or two threads per
 * connection, and the machine allows ~32k threads in all). It speaks just enough of the protocol:
 * the upgrade, {@code session.created} on open, {@code session.updated} for each {@code
 * session.update}, and for each {@code response.create} a streamed response: {@code
 * response.created}, {@code deltas} text deltas {@code intervalMillis} apart, {@code response.done}.
 * Each delta's text is the server's {@link System#nanoTime()} when it was written: on Linux that
 * clock is shared by every process of the machine, so a client computes the server-to-listener
 * latency from it. Pings are answered; close frames are echoed.
 */
public final class ScaleServer implements AutoCloseable {
  private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final String SESSION_UPDATED =
      "{\"type\":\"session.updated\",\"event_id\":\"event_u\",\"session\":{\"type\":\"realtime\","
          + "\"object\":\"realtime.session\",\"id\":\"sess_scale\",\"model\":\"gpt-realtime\"}}";
  private static final String RESPONSE_CREATED =
      "{\"type\":\"response.created\",\"event_id\":\"event_c\",\"response\":{\"object\":"
          + "\"realtime.response\",\"id\":\"resp_1\",\"status\":\"in_progress\",\"output\":[]}}";
  private static final String RESPONSE_DONE =
      "{\"type\":\"response.done\",\"event_id\":\"event_d\",\"response\":{\"object\":"
          + "\"realtime.response\",\"id\":\"resp_1\",\"status\":\"completed\",\"conversation_id\":"
          + "\"conv_1\",\"output\":[],\"usage\":{\"total_tokens\":10,\"input_tokens\":0,"
          + "\"output_tokens\":10}}}";
  private static final String DELTA_PREFIX =
      "{\"type\":\"response.output_text.delta\",\"event_id\":\"event_t\",\"response_id\":\"resp_1\","
          + "\"item_id\":\"item_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"";

  private final ServerSocketChannel listening;
  private final Selector selector;
  private final int deltas;
  private final long intervalNanos;
  private final Thread loop;
  private final PriorityQueue<Step> steps = new PriorityQueue<>();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong frames = new AtomicLong();
  private volatile boolean running = true;

  private ScaleServer(int deltas, long intervalMillis) throws IOException {
    this.deltas = deltas;
    this.intervalNanos = intervalMillis * 1_000_000L;
    selector = Selector.open();
    listening = ServerSocketChannel.open();
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16384);
    listening.configureBlocking(false);
    listening.register(selector, SelectionKey.OP_ACCEPT);
    loop = new Thread(this::run, "scale-server");
    loop.setDaemon(true);
  }

  /** Starts on an ephemeral loopback port. */
  public static ScaleServer start(int deltas, long intervalMillis) throws IOException {
    ScaleServer server = new ScaleServer(deltas, intervalMillis);
    server.loop.start();
    return server;
  }

  /** {@code http://127.0.0.1:port/v1}, the base URL every client takes. */
  public String baseUrl() {
    return "http://127.0.0.1:" + ((InetSocketAddress) localAddress()).getPort() + Fixtures.BASE_PATH;
  }

  private java.net.SocketAddress localAddress() {
    try {
      return listening.getLocalAddress();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public long connections() {
    return connections.get();
  }

  public long frames() {
    return frames.get();
  }

  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      loop.join(2000);
      listening.close();
      selector.close();
    } catch (IOException | InterruptedException e) {
      // closing anyway
    }
  }

  // ---------------------------------------------------------------- the loop

  private void run() {
    try {
      while (running) {
        long now = System.nanoTime();
        Step next = steps.peek();
        long waitMillis = next == null ? 100 : Math.max(0, (next.due - now) / 1_000_000L);
        if (waitMillis == 0 && next != null) {
          selector.selectNow();
        } else {
          selector.select(Math.max(1, waitMillis));
        }
        for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
          SelectionKey key = it.next();
          it.remove();
          try {
            if (!key.isValid()) {
              continue;
            }
            if (key.isAcceptable()) {
              accept();
            } else {
              Conn conn = (Conn) key.attachment();
              if (key.isReadable()) {
                conn.read();
              }
              if (key.isValid() && key.isWritable()) {
                conn.flush();
              }
            }
          } catch (IOException | RuntimeException e) {
            Object attachment = key.attachment();
            if (attachment instanceof Conn) {
              ((Conn) attachment).drop();
            }
          }
        }
        now = System.nanoTime();
        while (!steps.isEmpty() && steps.peek().due <= now) {
          Step step = steps.poll();
          step.conn.step(step.index);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void accept() throws IOException {
    SocketChannel channel;
    while ((channel = listening.accept()) != null) {
      channel.configureBlocking(false);
      channel.socket().setTcpNoDelay(true);
      Conn conn = new Conn(channel);
      conn.key = channel.register(selector, SelectionKey.OP_READ, conn);
      connections.incrementAndGet();
    }
  }

  private static final class Step implements Comparable<Step> {
    final long due;
    final Conn conn;
    final int index;

    Step(long due, Conn conn, int index) {
      this.due = due;
      this.conn = conn;
      this.index = index;
    }

    @Override
    public int compareTo(Step o) {
      return Long.compare(due, o.due);
    }
  }

  /** One client socket: the upgrade, then frames both ways. */
  private final class Conn {
    final SocketChannel channel;
    SelectionKey key;
    ByteBuffer in = ByteBuffer.allocate(4096);
    final ArrayDeque<ByteBuffer> out = new ArrayDeque<>();
    boolean upgraded;
    boolean closed;

    Conn(SocketChannel channel) {
      this.channel = channel;
    }

    void read() throws IOException {
      if (!in.hasRemaining()) {
        ByteBuffer bigger = ByteBuffer.allocate(in.capacity() * 2);
        in.flip();
        bigger.put(in);
        in = bigger;
      }
      int n = channel.read(in);
      if (n < 0) {
        drop();
        return;
      }
      in.flip();
      if (!upgraded) {
        upgrade();
      }
      if (upgraded) {
        while (frame()) {
          // each call handles one complete frame
        }
      }
      in.compact();
    }

    private void upgrade() throws IOException {
      String head = StandardCharsets.ISO_8859_1.decode(in.duplicate()).toString();
      int end = head.indexOf("\r\n\r\n");
      if (end < 0) {
        return;
      }
      in.position(in.position() + end + 4);
      String key = null;
      for (String line : head.substring(0, end).split("\r\n")) {
        if (line.regionMatches(true, 0, "Sec-WebSocket-Key:", 0, 18)) {
          key = line.substring(18).trim();
        }
      }
      String response =
          "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
      upgraded = true;
      write(ByteBuffer.wrap(response.getBytes(StandardCharsets.ISO_8859_1)));
      text("{\"type\":\"session.created\",\"event_id\":\"event_s\",\"session\":{\"type\":\"realtime\","
          + "\"object\":\"realtime.session\",\"id\":\"sess_" + connections.get() + "\",\"model\":"
          + "\"gpt-realtime\"}}");
    }

    /** Handles one complete client frame if buffered; false when more bytes are needed. */
    private boolean frame() throws IOException {
      int start = in.position();
      if (in.remaining() < 2) {
        return false;
      }
      int b0 = in.get() & 0xff;
      int b1 = in.get() & 0xff;
      long length = b1 & 0x7f;
      if (length == 126) {
        if (in.remaining() < 2) {
          in.position(start);
          return false;
        }
        length = in.getShort() & 0xffff;
      } else if (length == 127) {
        if (in.remaining() < 8) {
          in.position(start);
          return false;
        }
        length = in.getLong();
      }
      boolean masked = (b1 & 0x80) != 0;
      if (in.remaining() < (masked ? 4 : 0) + length) {
        in.position(start);
        return false;
      }
      byte[] mask = new byte[4];
      if (masked) {
        in.get(mask);
      }
      byte[] payload = new byte[(int) length];
      in.get(payload);
      if (masked) {
        for (int i = 0; i < payload.length; i++) {
          payload[i] ^= mask[i & 3];
        }
      }
      int opcode = b0 & 0x0f;
      switch (opcode) {
        case 0x1:
          onText(new String(payload, StandardCharsets.UTF_8));
          break;
        case 0x8:
          write(frameOf(0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]));
          closed = true;
          break;
        case 0x9:
          write(frameOf(0xA, payload));
          break;
        default:
          break; // pongs, continuations: not used by the clients measured
      }
      return true;
    }

    private void onText(String text) throws IOException {
      if (text.contains("\"session.update\"")) {
        text(SESSION_UPDATED);
      } else if (text.contains("\"response.create\"")) {
        long now = System.nanoTime();
        for (int i = 0; i <= deltas + 1; i++) {
          steps.add(new Step(now + i * intervalNanos, this, i));
        }
      }
    }

    void step(int index) {
      if (closed || !channel.isOpen()) {
        return;
      }
      try {
        if (index == 0) {
          text(RESPONSE_CREATED);
        } else if (index <= deltas) {
          text(DELTA_PREFIX + System.nanoTime() + "\"}");
        } else {
          text(RESPONSE_DONE);
        }
      } catch (IOException e) {
        drop();
      }
    }

    private void text(String json) throws IOException {
      frames.incrementAndGet();
      write(frameOf(0x1, json.getBytes(StandardCharsets.UTF_8)));
    }

    private void write(ByteBuffer buffer) throws IOException {
      if (out.isEmpty()) {
        channel.write(buffer);
        if (!buffer.hasRemaining()) {
          if (closed) {
            drop();
          }
          return;
        }
      }
      out.add(buffer);
      key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }

    void flush() throws IOException {
      while (!out.isEmpty()) {
        ByteBuffer head = out.peek();
        channel.write(head);
        if (head.hasRemaining()) {
          return;
        }
        out.poll();
      }
      key.interestOps(SelectionKey.OP_READ);
      if (closed) {
        drop();
      }
    }

    void drop() {
      closed = true;
      try {
        channel.close();
      } catch (IOException ignored) {
        // gone anyway
      }
    }
  }

  static ByteBuffer frameOf(int opcode, byte[] payload) {
    int header = payload.length < 126 ? 2 : payload.length < 65536 ? 4 : 10;
    ByteBuffer frame = ByteBuffer.allocate(header + payload.length);
    frame.put((byte) (0x80 | opcode));
    if (payload.length < 126) {
      frame.put((byte) payload.length);
    } else if (payload.length < 65536) {
      frame.put((byte) 126);
      frame.putShort((short) payload.length);
    } else {
      frame.put((byte) 127);
      frame.putLong(payload.length);
    }
    frame.put(payload);
    frame.flip();
    return frame;
  }

  private static String accept(String key) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.ISO_8859_1));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs until standard input closes: {@code ScaleServer [deltas] [intervalMillis]}. Prints {@code
   * BASE_URL <url>} once listening and {@code SERVED <connections> <frames>} when it stops.
   */
  public static void main(String[] args) throws IOException {
    int deltas = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    long interval = args.length > 1 ? Long.parseLong(args[1]) : 50;
    try (ScaleServer server = start(deltas, interval)) {
      System.out.println("BASE_URL " + server.baseUrl());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
      System.out.println("SERVED " + server.connections() + " " + server.frames());
    }
  }
}
