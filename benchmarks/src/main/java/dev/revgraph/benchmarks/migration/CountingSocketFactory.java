package dev.revgraph.benchmarks.migration;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.SocketFactory;

/**
 * A socket factory for the PostgreSQL and MariaDB drivers (their {@code socketFactory} URL option)
 * that counts round trips exactly: one for every burst of bytes the client sends after it has read
 * something (or first), whatever the driver does with prepared statements, pipelining or metadata.
 */
public final class CountingSocketFactory extends SocketFactory {

    private static final AtomicLong roundTrips = new AtomicLong();

    public CountingSocketFactory() {
    }

    /** For drivers that pass their {@code socketFactoryArg}; it is ignored. */
    public CountingSocketFactory(String argument) {
    }

    /** The URL with this factory configured. */
    static String instrument(String url) {
        return url + (url.contains("?") ? "&" : "?") + "socketFactory=" + CountingSocketFactory.class.getName();
    }

    static long roundTrips() {
        return roundTrips.get();
    }

    static void reset() {
        roundTrips.set(0);
    }

    @Override
    public Socket createSocket() {
        return new CountingSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = new CountingSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = new CountingSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private static Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = new CountingSocket();
        socket.connect(address);
        return socket;
    }

    /** A socket whose streams note the direction of the last transfer. */
    private static final class CountingSocket extends Socket {

        private volatile boolean sending;

        private InputStream input;

        private OutputStream output;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (this.input == null) {
                this.input = new FilterInputStream(super.getInputStream()) {

                    @Override
                    public int read() throws IOException {
                        int value = super.read();
                        if (value >= 0) {
                            CountingSocket.this.sending = false;
                        }
                        return value;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int count = super.read(buffer, offset, length);
                        if (count > 0) {
                            CountingSocket.this.sending = false;
                        }
                        return count;
                    }
                };
            }
            return this.input;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (this.output == null) {
                this.output = new FilterOutputStream(super.getOutputStream()) {

                    @Override
                    public void write(int value) throws IOException {
                        sent();
                        this.out.write(value);
                    }

                    @Override
                    public void write(byte[] buffer, int offset, int length) throws IOException {
                        if (length > 0) {
                            sent();
                        }
                        this.out.write(buffer, offset, length);
                    }
                };
            }
            return this.output;
        }

        private void sent() {
            if (!this.sending) {
                this.sending = true;
                roundTrips.incrementAndGet();
            }
        }
    }
}
