package org.dydisnix.image.oci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dydisnix.image.layer.BaseFileSystem;

/**
 * A base image ready to be built upon: its layers as they are, its configuration (an empty one for
 * a root file system) and the index of the root file system they make.
 */
public record BaseImage(
        List<Blob> layers, ObjectNode config, BaseFileSystem fileSystem, String description) {

    public BaseImage {
        layers = List.copyOf(layers);
    }
}
