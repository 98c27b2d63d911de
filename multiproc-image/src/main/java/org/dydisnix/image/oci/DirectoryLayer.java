package org.dydisnix.image.oci;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dydisnix.image.layer.BaseFileSystem;
import org.dydisnix.image.layer.BaseFileSystem.Kind;
import org.dydisnix.image.tar.ReproducibleTarWriter;
import org.dydisnix.image.tar.TarEntry;
import org.dydisnix.image.tar.TarPaths;

/**
 * A root file system directory as an uncompressed reproducible layer, made in one walk: each path
 * is stat-ed once, each file read once, and the tar bytes are digested as they are written (the
 * digest is also the diff id) while the entries go into the file system index.
 */
final class DirectoryLayer {
    /** Layers are dated like every added file of a directory base. */
    static final Instant MTIME = Instant.ofEpochSecond(1);

    private DirectoryLayer() {}

    /**
     * Writes {@code directory} as a layer straight into {@code archive} when it {@link
     * OciArchiveWriter#canStream() can stream} (skipping the archive's own file), else to {@code
     * layer}, indexing it into {@code fileSystem}; refuses it once it grows beyond {@code maxSize}
     * bytes.
     */
    static Blob write(
            Path directory,
            Path layer,
            OciArchiveWriter archive,
            BaseFileSystem fileSystem,
            long maxSize)
            throws IOException {
        boolean streamed = archive != null && archive.canStream();
        List<Object> skipped = streamed ? DirectoryWalk.fileKey(archive.file()) : null;
        SlicedDigest digest = new SlicedDigest();
        long written = 0;
        try (OutputStream sink = streamed ? archive.startBlob() : Files.newOutputStream(layer);
                ReproducibleTarWriter tar =
                        new ReproducibleTarWriter(digest.writing(sink), MTIME)) {
            for (DirectoryWalk.Found found : DirectoryWalk.sorted(directory, skipped)) {
                written += add(tar, found, fileSystem);
                if (written > maxSize) {
                    throw new Refused(
                            "its root file system is larger than "
                                    + maxSize
                                    + " bytes uncompressed (--max-layer-size)");
                }
            }
            tar.finish();
        }
        String formatted = digest.finish();
        if (streamed) {
            long size = archive.endBlob(formatted);
            return new Blob(BaseImageReader.LAYER_TAR, formatted, size, null, formatted);
        }
        return new Blob(BaseImageReader.LAYER_TAR, formatted, Files.size(layer), layer, formatted);
    }

    /** Adds one path; returns about how many bytes of layer it made. */
    private static long add(
            ReproducibleTarWriter tar, DirectoryWalk.Found found, BaseFileSystem fileSystem)
            throws IOException {
        String name = found.name();
        Path path = found.path();
        long uid = found.uid();
        long gid = found.gid();
        int permissions = found.mode() & 07777;
        long size = found.size();
        switch (found.type()) {
            case DirectoryWalk.SYMLINK -> {
                String target = Files.readSymbolicLink(path).toString();
                TarPaths.checkSymlink(name, target);
                tar.add(
                        new TarEntry(
                                name, TarEntry.Type.SYMLINK, 0777, uid, gid, new byte[0], target));
                fileSystem.apply(name, new BaseFileSystem.Node(Kind.SYMLINK, 0777, target), null);
            }
            case DirectoryWalk.DIRECTORY -> {
                tar.add(TarEntry.directory(name, permissions, uid, gid));
                fileSystem.apply(
                        name, new BaseFileSystem.Node(Kind.DIRECTORY, permissions, null), null);
            }
            case DirectoryWalk.REGULAR -> {
                try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                    tar.addFile(name, size, in, permissions, uid, gid);
                }
                BaseFileSystem.Node node = new BaseFileSystem.Node(Kind.FILE, permissions, null);
                if (BaseFileSystem.KEPT.contains(name)) {
                    try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
                        fileSystem.apply(name, node, in);
                    }
                } else {
                    fileSystem.apply(name, node, null);
                }
            }
            default -> {
                // devices, FIFOs and sockets have no place in a layer
                return 0;
            }
        }
        return 512 + (found.type() == DirectoryWalk.REGULAR ? (size + 511) / 512 * 512 : 0);
    }
}
