package com.recomengine.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: request lines, headers and bodies exactly as given,
 * bytes no HTTP client library would send (NUL, bad percent-encoding, invalid UTF-8, kilobytes of request line).
 */
public final class RawSocket {

    private RawSocket() {}

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    public static Api.Response send(int port, String head, byte[] body) {
        return send(port, "127.0.0.1", head, body);
    }

    /**
     * As {@link #send(int, String, byte[])}, from the loopback address {@code from} (any of 127.0.0.0/8): per-address
     * throttles see a client of its own.
     */
    public static Api.Response send(int port, String from, String head, byte[] body) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(head);
            if (!head.endsWith("\r\n")) {
                request.append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedMidRequest) {
                // A server that refuses a request by its head answers and closes before the body is read, as any
                // HTTP client sees it: the answer is what was sent before the connection ended.
                return parse(readUntilClosed(socket.getInputStream()), refusedMidRequest);
            }
            return parse(readUntilClosed(socket.getInputStream()), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Api.Response send(int port, String head) {
        return send(port, head, null);
    }

    /** A JSON request from the loopback address {@code from}; {@code headers} are complete header lines. */
    public static Api.Response json(int port, String from, String method, String path, Object body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        byte[] bytes = null;
        if (body != null) {
            head.append("Content-Type: application/json\r\n");
            bytes = Api.JSON.writeValueAsBytes(body);
        }
        return send(port, from, head.toString(), bytes);
    }

    /** Every byte until the peer closes; bytes read before a reset are kept, the reset then ends the stream. */
    private static byte[] readUntilClosed(InputStream in) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // the answer so far is judged below: a complete head is an answer, anything less is not
        }
        return all.toByteArray();
    }

    private static Api.Response parse(byte[] all, IOException cause) throws IOException {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            IOException none =
                    new IOException("no complete response head: " + new String(all, StandardCharsets.ISO_8859_1));
            if (cause != null) {
                none.addSuppressed(cause);
            }
            throw none;
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(
                        lines[i].substring(0, colon).trim().toLowerCase(),
                        lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + "," + b);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Api.Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (lineEnd < 0) {
                break;
            }
            String sizeField = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeField.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
