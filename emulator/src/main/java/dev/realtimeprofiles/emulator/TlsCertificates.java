package dev.realtimeprofiles.emulator;

import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The certificates of an emulator started with {@code tls(true)}: a root made at start and a server
 * certificate it signs for {@code localhost} and {@code 127.0.0.1}.
 *
 * <p>A root plus a leaf, rather than one self-signed leaf, because that is what every TLS stack
 * accepts as a trust anchor (OpenSSL under Node and curl rejects a leaf without the CA flag as its
 * own issuer on some versions). Nothing is written to disk; the root's PEM is what clients trust.
 */
final class TlsCertificates {
  private final HeldCertificate root;
  private final HandshakeCertificates server;
  private final HandshakeCertificates client;

  private TlsCertificates(HeldCertificate root, HandshakeCertificates server, HandshakeCertificates client) {
    this.root = root;
    this.server = server;
    this.client = client;
  }

  static TlsCertificates generate() {
    HeldCertificate root = new HeldCertificate.Builder()
        .certificateAuthority(0)
        .commonName("Realtime Profiles emulator root")
        .duration(1, TimeUnit.DAYS)
        .build();
    HeldCertificate leaf = new HeldCertificate.Builder()
        .commonName("localhost")
        .addSubjectAlternativeName("localhost")
        .addSubjectAlternativeName("127.0.0.1")
        .duration(1, TimeUnit.DAYS)
        .signedBy(root)
        .build();
    HandshakeCertificates server = new HandshakeCertificates.Builder()
        .heldCertificate(leaf, root.certificate())
        .build();
    HandshakeCertificates client = new HandshakeCertificates.Builder()
        .addTrustedCertificate(root.certificate())
        .build();
    return new TlsCertificates(root, server, client);
  }

  SSLSocketFactory serverSocketFactory() {
    return server.sslSocketFactory();
  }

  /** Trusts exactly this emulator's root. */
  X509TrustManager trustManager() {
    return client.trustManager();
  }

  String rootPem() {
    return root.certificatePem();
  }
}
