package org.dydisnix.image;

/** An image that cannot be built: the base cannot be used or the output cannot be written. */
public class ImageException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageException(String message) {
        super(message);
    }

    public ImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
