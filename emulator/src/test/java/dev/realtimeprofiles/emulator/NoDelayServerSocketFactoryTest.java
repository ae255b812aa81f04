package dev.realtimeprofiles.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelayServerSocketFactoryTest {
  @Test
  void acceptedSocketsHaveNagleOff() throws Exception {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket(0, 1, loopback);
        Socket client = new Socket(loopback, server.getLocalPort());
        Socket accepted = server.accept()) {
      assertThat(client.getTcpNoDelay()).isFalse(); // the default this changes
      assertThat(accepted.getTcpNoDelay()).isTrue();
    }
  }
}
