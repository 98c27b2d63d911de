package org.dydisnix.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.dydisnix.image.layer.FileTree;
import org.dydisnix.image.layer.LayerWriter;
import org.dydisnix.image.oci.BaseImage;
import org.dydisnix.image.oci.BaseImageReader;
import org.dydisnix.image.oci.Blob;
import org.dydisnix.image.oci.Digests;

/** Build step 4: the added files as one reproducible gzip layer over the base. */
final class LayerStep {
    /** The compressed layer and its descriptor. */
    record Layer(byte[] bytes, Blob blob) {}

    private LayerStep() {}

    static Layer run(BuildSettings settings, FileTree files, BaseImage base) throws IOException {
        byte[] tar = LayerWriter.write(files, base.fileSystem(), settings.creationTime());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(tar);
        }
        byte[] bytes = compressed.toByteArray();
        return new Layer(
                bytes,
                new Blob(
                        BaseImageReader.LAYER_TAR_GZIP,
                        Digests.of(bytes),
                        bytes.length,
                        null,
                        Digests.of(tar)));
    }
}
