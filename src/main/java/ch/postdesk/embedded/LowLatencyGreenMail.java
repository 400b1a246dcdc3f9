package ch.postdesk.embedded;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail with {@code TCP_NODELAY} on its SMTP and IMAP connections. With it, bench/pipeline.sh
 * ran about ten times faster on loopback. The likely cause is Nagle's algorithm holding back
 * GreenMail's small response writes until the client's delayed ACK arrives.
 */
final class LowLatencyGreenMail extends GreenMail {

    LowLatencyGreenMail(ServerSetup[] setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        for (ServerSetup setup : setups) {
            if (ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol())) {
                services.put(setup.getProtocol(), new NoDelayImapServer(setup, managers));
            } else if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                services.put(setup.getProtocol(), new NoDelaySmtpServer(setup, managers));
            }
        }
        return services;
    }

    /** Returns the bound port of the service for {@code protocol}, such as {@code imap}. */
    int port(String protocol) {
        return services.get(protocol).getPort();
    }

    private static void noDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            // The connection still works, only slower.
        }
    }

    private static final class NoDelayImapServer extends AbstractServer {

        NoDelayImapServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            noDelay(socket);
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
        }
    }

    private static final class NoDelaySmtpServer extends SmtpServer {

        NoDelaySmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            noDelay(socket);
            return super.createProtocolHandler(socket);
        }
    }
}
