package io.octollm.core.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads service providers. The engine never calls {@link ServiceLoader} directly: it goes
 * through this interface so tests and application servers can hand providers in explicitly.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface ComponentLoader {

    /**
     * @param type the service interface
     * @param <T> service type
     * @return the providers found; a provider that fails to load is reported and left out
     */
    <T> List<T> load(Class<T> type);

    /**
     * A loader over {@link ServiceLoader} with the given class loader. A provider that throws
     * while loading (missing class, failing constructor) is logged at WARN with its cause and
     * skipped; the others still load.
     *
     * @param classLoader where to look
     * @return the loader
     */
    static ComponentLoader serviceLoader(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        return serviceLoader(classLoader, ServiceLoaderComponentLoader.LOG_FAILURE);
    }

    /**
     * Like {@link #serviceLoader(ClassLoader)}, reporting each failure to {@code onFailure}
     * (type, error) instead of the log.
     *
     * @param classLoader where to look
     * @param onFailure receives each skipped provider's error
     * @return the loader
     */
    static ComponentLoader serviceLoader(ClassLoader classLoader,
            BiConsumer<Class<?>, ServiceConfigurationError> onFailure) {
        return new ServiceLoaderComponentLoader(classLoader, onFailure);
    }

    /** @return a loader over the thread context class loader (or this class's loader) */
    static ComponentLoader defaultLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return serviceLoader(cl != null ? cl : ComponentLoader.class.getClassLoader());
    }

    /**
     * A loader that returns the given instances for their types and nothing else.
     *
     * @param providers instances to hand out
     * @return the loader
     */
    static ComponentLoader of(Object... providers) {
        List<Object> all = List.of(providers);
        return new ComponentLoader() {
            @Override
            public <T> List<T> load(Class<T> type) {
                List<T> out = new ArrayList<>();
                for (Object o : all) {
                    if (type.isInstance(o)) {
                        out.add(type.cast(o));
                    }
                }
                return out;
            }
        };
    }
}

/** ServiceLoader-backed loader that skips broken providers. */
final class ServiceLoaderComponentLoader implements ComponentLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ComponentLoader.class);
    static final BiConsumer<Class<?>, ServiceConfigurationError> LOG_FAILURE = (type, error) -> LOG.warn(
            "skipping a {} provider that failed to load: {}{}", type.getName(), error.getMessage(),
            error.getCause() == null ? "" : " (cause: " + error.getCause() + ")");
    private static final int MAX_FAILURES = 1000;

    private final ClassLoader classLoader;
    private final BiConsumer<Class<?>, ServiceConfigurationError> onFailure;

    ServiceLoaderComponentLoader(ClassLoader classLoader, BiConsumer<Class<?>, ServiceConfigurationError> onFailure) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    @Override
    public <T> List<T> load(Class<T> type) {
        List<T> out = new ArrayList<>();
        var it = ServiceLoader.load(type, classLoader).iterator();
        int failures = 0;
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError e) {
                onFailure.accept(type, e);
                if (++failures > MAX_FAILURES) {
                    break;
                }
            }
        }
        return out;
    }
}
