package ch.postdesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path folder;

    @Test
    void secondLockRejectedWithHint() throws IOException {
        try (FileChannel first = EmbeddedMariaDb.lockDataFolder(folder)) {
            assertThat(first.isOpen()).isTrue();

            assertThatThrownBy(() -> EmbeddedMariaDb.lockDataFolder(folder))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Postdesk process")
                    .hasMessageContaining("POSTDESK_DATA_DIR");
        }
    }

    @Test
    void lockFreeAfterRelease() throws IOException {
        EmbeddedMariaDb.lockDataFolder(folder).close();

        try (FileChannel again = EmbeddedMariaDb.lockDataFolder(folder)) {
            assertThat(again.isOpen()).isTrue();
        }
    }
}
