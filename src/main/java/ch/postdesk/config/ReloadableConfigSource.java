package ch.postdesk.config;

/** A bean that owns a reloadable configuration file, such as the directory service. */
public interface ReloadableConfigSource {

    ReloadableConfig<?> config();
}
