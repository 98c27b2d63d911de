package org.dydisnix.image;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dydisnix.image.layer.ImagePath;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * A multi-process container image: a processes model run by a process manager on top of a base
 * image, written as a reproducible OCI image-layout tarball. Build one with {@link #builder()}.
 *
 * <pre>{@code
 * BuiltImage image = MultiProcessImage.builder()
 *     .processes(ProcessesModel.read(reader, Path.of("processes.json"), Map.of()))
 *     .processManager(ProcessManager.SUPERVISORD)
 *     .name("multiprocess").tag("test")
 *     .base(Path.of("base.tar"))
 *     .build()
 *     .writeTo(Path.of("image.tar"));
 * }</pre>
 */
public final class MultiProcessImage {
    /** The {@code PATH} of an image whose base sets none. */
    public static final String DEFAULT_PATH =
            "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /**
     * The creation time (and file time) when neither the caller nor {@code SOURCE_DATE_EPOCH} gives
     * one.
     */
    public static final Instant DEFAULT_CREATION_TIME = Instant.ofEpochSecond(1);

    /** The largest uncompressed base layer accepted unless the builder says otherwise: 8 GiB. */
    public static final long DEFAULT_MAX_LAYER_SIZE = 8L << 30;

    private static final Pattern NAME =
            Pattern.compile(
                    "([a-zA-Z0-9.-]+(:[0-9]+)?/)?[a-z0-9]+([._-]+[a-z0-9]+)*(/[a-z0-9]+([._-]+[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    private final BuildSettings settings;

    private MultiProcessImage(BuildSettings settings) {
        this.settings = settings;
    }

    /**
     * A builder with the original's defaults: state dir {@code /var}, interactive, exit on failure.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this image is built from. */
    public BuildSettings settings() {
        return settings;
    }

    /**
     * Builds the image and writes it to {@code out} atomically (a temporary file renamed into
     * place).
     *
     * @return the written image's digests and the builder's warnings
     * @throws InvalidBaseImageException if the base image is corrupt, truncated, tampered with,
     *     unsafe or too large
     * @throws ImageException if the image cannot be written
     * @throws org.dydisnix.model.processes.ProcessModelException if the model names unknown users
     *     or groups, conflicting accounts, or a value a generated file cannot hold
     */
    public BuiltImage writeTo(Path out) throws ImageException {
        return BuildPlan.run(settings, out);
    }

    /** {@code name:tag}. */
    public String reference() {
        return settings.reference();
    }

    /**
     * Collects the settings of a {@link MultiProcessImage}; every setter returns this builder and
     * {@link #build()} copies them into an immutable {@link BuildSettings}.
     */
    public static final class Builder {
        private ProcessesModel processes;
        private ProcessManager processManager = ProcessManager.SUPERVISORD;
        private String name;
        private String tag = "latest";
        private Path base;
        private ImagePath stateDir = ImagePath.of("/var");
        private ImagePath runtimeDir;
        private boolean forceDisableUserChange;
        private boolean interactive = true;
        private FailurePolicy onFailure = FailurePolicy.EXIT;
        private Instant creationTime = sourceDateEpoch();
        private long maxLayerSize = DEFAULT_MAX_LAYER_SIZE;
        private Consumer<String> warnings = warning -> {};

        private Builder() {}

        /** The processes model to run. */
        public Builder processes(ProcessesModel processes) {
            this.processes = Objects.requireNonNull(processes, "processes");
            return this;
        }

        /** The process manager (default supervisord). */
        public Builder processManager(ProcessManager processManager) {
            this.processManager = Objects.requireNonNull(processManager, "processManager");
            return this;
        }

        /** The image name, e.g. {@code multiprocess} or {@code registry.example:5000/team/app}. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** The image tag (default {@code latest}). */
        public Builder tag(String tag) {
            this.tag = Objects.requireNonNull(tag, "tag");
            return this;
        }

        /**
         * The base image: an OCI archive or layout, a docker archive, a root file system tarball or
         * directory.
         */
        public Builder base(Path base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        /** The state directory (default {@code /var}). */
        public Builder stateDir(String stateDir) {
            this.stateDir = directory(stateDir, "state directory");
            return this;
        }

        /** The runtime directory (default {@code <stateDir>/run}). */
        public Builder runtimeDir(String runtimeDir) {
            this.runtimeDir =
                    runtimeDir == null ? null : directory(runtimeDir, "runtime directory");
            return this;
        }

        /** True to create no accounts and run every process as root. */
        public Builder forceDisableUserChange(boolean forceDisableUserChange) {
            this.forceDisableUserChange = forceDisableUserChange;
            return this;
        }

        /** True (default) to add a {@code /root/.bashrc} with coloured {@code ls} and a prompt. */
        public Builder interactive(boolean interactive) {
            this.interactive = interactive;
            return this;
        }

        /**
         * What the container does when a process fails for good (default {@link
         * FailurePolicy#EXIT}).
         */
        public Builder onFailure(FailurePolicy onFailure) {
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
            return this;
        }

        /**
         * The image's creation time and every added file's time (default: SOURCE_DATE_EPOCH, else 1
         * s after the epoch).
         */
        public Builder creationTime(Instant creationTime) {
            this.creationTime =
                    Instant.ofEpochSecond(
                            Objects.requireNonNull(creationTime, "creationTime").getEpochSecond());
            return this;
        }

        /** The largest uncompressed base layer accepted, in bytes (default 8 GiB). */
        public Builder maxLayerSize(long maxLayerSize) {
            if (maxLayerSize <= 0) {
                throw new IllegalArgumentException("the maximum layer size must be positive");
            }
            this.maxLayerSize = maxLayerSize;
            return this;
        }

        /** Receives each warning as it is found (they are also in the {@link BuiltImage}). */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /**
         * The image to write, with a copy of the settings given so far.
         *
         * @throws IllegalStateException if the processes, the name or the base are missing
         * @throws IllegalArgumentException if the name or the tag is not a valid image reference
         *     part
         */
        public MultiProcessImage build() {
            if (processes == null || name == null || base == null) {
                throw new IllegalStateException("an image needs processes, a name and a base");
            }
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "'"
                                + name
                                + "' is not a valid image name (lower case letters, "
                                + "digits and separators)");
            }
            if (!TAG.matcher(tag).matches()) {
                throw new IllegalArgumentException("'" + tag + "' is not a valid image tag");
            }
            return new MultiProcessImage(
                    new BuildSettings(
                            processes,
                            processManager,
                            name,
                            tag,
                            base,
                            stateDir,
                            runtimeDir != null ? runtimeDir : stateDir.resolve("run"),
                            forceDisableUserChange,
                            interactive,
                            onFailure,
                            creationTime,
                            maxLayerSize,
                            warnings));
        }

        private static ImagePath directory(String dir, String what) {
            Objects.requireNonNull(dir, what);
            if (!ImagePath.isValid(dir)) {
                throw new IllegalArgumentException(
                        "the " + what + " must be a normal absolute path: " + dir);
            }
            return ImagePath.of(dir);
        }

        private static Instant sourceDateEpoch() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.matches("[0-9]{1,18}")) {
                return Instant.ofEpochSecond(Long.parseLong(epoch));
            }
            return DEFAULT_CREATION_TIME;
        }
    }
}
