package org.egovhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Issue 10: a failed call outside the hub is named by its root cause in words. */
class FailuresTest {

    @Test
    void shouldNameAHostThatDoesNotResolve() {
        assertThat(Failures.describe(new IOException("fetch failed", new UnknownHostException("www.nowhere.invalid"))))
                .isEqualTo("host www.nowhere.invalid does not resolve");
    }

    @Test
    void shouldNameARefusedConnectionAsTheHttpClientThrowsIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = socket.getLocalPort();
        }
        Exception thrown = null;
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closedPort + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            thrown = e;
        }
        assertThat(thrown).isNotNull();
        assertThat(Failures.describe(thrown)).isEqualTo("connection refused");
    }

    @Test
    void shouldNameTheTimeoutThatRanOut() {
        assertThat(Failures.describe(new HttpTimeoutException("request timed out"), Duration.ofSeconds(30)))
                .isEqualTo("timed out after 30 s");
        assertThat(Failures.describe(new HttpConnectTimeoutException("HTTP connect timed out"), Duration.ofMillis(1500)))
                .isEqualTo("connect timed out after 1500 ms");
        assertThat(Failures.describe(new java.net.SocketTimeoutException("Read timed out"))).isEqualTo("timed out");
    }

    @Test
    void shouldNameATlsFailureWithTheHandshakeProblem() {
        assertThat(Failures.describe(new UncheckedIOException(new SSLHandshakeException("PKIX path building failed"))))
                .isEqualTo("TLS failure: PKIX path building failed");
    }

    @Test
    void shouldNameAnHttpStatusWithItsReasonPhrase() {
        assertThat(Failures.httpStatus(503)).isEqualTo("HTTP 503 Service Unavailable");
        assertThat(Failures.httpStatus(599)).isEqualTo("HTTP 599");
    }

    @Test
    void shouldKeepTheHubsOwnWordsForOtherFailures() {
        assertThat(Failures.describe(new IllegalStateException("list is larger than 2MB"))).isEqualTo("list is larger than 2MB");
        assertThat(Failures.describe(new RuntimeException(null, new NullPointerException()))).isEqualTo("NullPointerException");
        assertThat(Failures.describe(null)).isEqualTo("unknown failure");
    }
}
