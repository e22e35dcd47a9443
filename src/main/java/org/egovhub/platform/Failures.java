package org.egovhub.platform;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Why a call outside the hub failed, in words an administrator can act on: the root cause of an
 * exception chain, not the wrapper's class name. For example
 * {@code describe(new ConnectException())} gives {@code "connection refused"}.
 */
public final class Failures {

    private Failures() {
    }

    /** The root cause in words, without a known timeout. */
    public static String describe(Throwable failure) {
        return describe(failure, null);
    }

    /**
     * The root cause in words.
     *
     * @param failure what was thrown
     * @param timeout the timeout the call ran with, named in a timeout's description; may be null
     */
    public static String describe(Throwable failure, Duration timeout) {
        if (failure == null) {
            return "unknown failure";
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String known = known(cause, timeout);
            if (known != null) {
                return known;
            }
        }
        // Not a network failure: the hub's own exceptions say what went wrong in their message.
        if (failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure.getMessage();
        }
        Throwable root = root(failure);
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    /** The HTTP status an upstream answered, in words ({@code HTTP 503 Service Unavailable}). */
    public static String httpStatus(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase());
    }

    private static String known(Throwable cause, Duration timeout) {
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return cause.getMessage() == null || cause.getMessage().isBlank() ? "host does not resolve"
                    : "host " + hostOf(cause.getMessage()) + " does not resolve";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timed out" + after(timeout);
        }
        if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
            return "timed out" + after(timeout);
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to host";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS failure: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        return null;
    }

    private static String after(Duration timeout) {
        if (timeout == null) {
            return "";
        }
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? " after " + millis / 1000 + " s" : " after " + millis + " ms";
    }

    /** {@code UnknownHostException}'s message is the host, sometimes followed by the resolver's words. */
    private static String hostOf(String message) {
        int colon = message.indexOf(':');
        return colon > 0 ? message.substring(0, colon).trim() : message.trim();
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
