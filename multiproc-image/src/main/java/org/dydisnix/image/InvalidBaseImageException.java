package org.dydisnix.image;

/**
 * A base image that is refused: an unknown format, a corrupt or truncated archive, a blob whose
 * digest does not match, or an entry that could escape the root file system (tar-slip).
 */
public class InvalidBaseImageException extends ImageException {
    private static final long serialVersionUID = 1L;

    public InvalidBaseImageException(String message) {
        super(message);
    }

    public InvalidBaseImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
