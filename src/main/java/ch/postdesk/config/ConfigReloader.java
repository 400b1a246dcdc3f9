package ch.postdesk.config;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks every reloadable configuration file for changes; called by the {@code config-reload}
 * route on a timer.
 */
@Component("configReloader")
public class ConfigReloader {

    private final List<ReloadableConfigSource> sources;

    public ConfigReloader(List<ReloadableConfigSource> sources) {
        this.sources = sources;
    }

    public void reloadChanged() {
        sources.forEach(source -> source.config().reloadIfChanged());
    }
}
