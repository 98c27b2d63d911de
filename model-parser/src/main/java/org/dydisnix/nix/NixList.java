package org.dydisnix.nix;

import java.util.List;

/** A Nix list of lazily evaluated elements. */
record NixList(List<Thunk> items) {
    static final NixList EMPTY = new NixList(List.of());

    int size() {
        return items.size();
    }
}
