package ch.postdesk.directory;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Holds the active directory. Loading fails at startup when the file is invalid. */
@Service
public class DirectoryService {

    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);

    private final DirectoryProperties properties;
    private final AtomicReference<Directory> current = new AtomicReference<>();

    public DirectoryService(DirectoryProperties properties) {
        this.properties = properties;
        Directory directory = DirectoryLoader.load(properties.file());
        current.set(directory);
        log.info("Directory loaded from {}: {} customers, {} teams", properties.file(),
                directory.customers().size(), directory.teams().size());
    }

    public Directory current() {
        return current.get();
    }
}
