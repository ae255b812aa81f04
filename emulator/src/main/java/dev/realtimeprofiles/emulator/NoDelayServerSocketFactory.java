package dev.realtimeprofiles.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections have Nagle's algorithm off. MockWebServer writes a
 * response's headers and body separately; with Nagle on, the body waits for the client's delayed
 * ACK of the headers, about 40 ms on Linux, so every REST call of a test would take that long.
 *
 * <p>It also keeps each accepted socket under its accept index, which is MockWebServer's {@code
 * RecordedRequest.getConnectionIndex()} (MockWebServer counts connections in the order its one
 * accept loop accepts them), so that a WebSocket can later be dropped at the TCP level.
 */
final class NoDelayServerSocketFactory extends ServerSocketFactory {
  private final AtomicInteger accepted = new AtomicInteger();
  private final Map<Integer, Socket> sockets = new ConcurrentHashMap<>();

  /**
   * The raw socket MockWebServer counted as connection {@code index}, or null; the caller takes it
   * over (it is forgotten here).
   */
  Socket claim(int index) {
    return sockets.remove(index);
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {}

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      sockets.values().removeIf(Socket::isClosed); // REST connections nobody claimed
      sockets.put(accepted.getAndIncrement(), socket);
      return socket;
    }
  }
}
