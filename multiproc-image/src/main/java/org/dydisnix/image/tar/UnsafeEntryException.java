package org.dydisnix.image.tar;

import java.io.IOException;

/**
 * A tar entry that would land outside the root it is unpacked into ({@code ..}, absolute name,
 * escaping link).
 */
public class UnsafeEntryException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeEntryException(String message) {
        super(message);
    }
}
